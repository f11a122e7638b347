package org.mauticapi.conformance.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The coverage matrix of a run, as {@code coverage.json} for tools and {@code coverage.html} for people.
 *
 * @param target the target's base URL
 * @param mauticVersion the target's {@code Mautic-Version}, or {@code null} when it sent none
 * @param operations one line per documented operation
 */
public record CoverageReport(String target, @Nullable String mauticVersion, List<OperationCoverage> operations) {

	/**
	 * How many operations have a status.
	 * @param status the status
	 * @return the count
	 */
	public long count(OperationStatus status) {
		return this.operations.stream().filter((operation) -> operation.status() == status).count();
	}

	/**
	 * The matrix as JSON: {@code {"target", "mauticVersion", "operations": [{"method", "path", "status", "reason"}]}}.
	 * @return the JSON document
	 */
	public ObjectNode toJson() {
		ObjectNode root = JsonMapper.shared().createObjectNode();
		root.put("target", this.target);
		root.put("mauticVersion", this.mauticVersion);
		ArrayNode lines = root.putArray("operations");
		for (OperationCoverage operation : this.operations) {
			lines.addObject()
				.put("method", operation.method())
				.put("path", operation.path())
				.put("operationId", operation.operationId())
				.put("status", operation.status().label())
				.put("reason", operation.reason());
		}
		return root;
	}

	/**
	 * Writes {@code coverage.json} and {@code coverage.html} into a folder.
	 * @param folder the report folder
	 */
	public void writeTo(Path folder) {
		try {
			Files.createDirectories(folder);
			Files.writeString(folder.resolve("coverage.json"),
					JsonMapper.shared().writerWithDefaultPrettyPrinter().writeValueAsString(toJson()));
			Files.writeString(folder.resolve("coverage.html"), CoverageHtml.render(this));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the coverage report to " + folder, ex);
		}
	}

}
