package org.mauticapi.conformance.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The coverage matrix of a run, as {@code coverage.json} for tools and
 * {@code coverage.html} for people.
 *
 * @param facts which target, when, how long, which marker
 * @param operations one line per documented operation
 */
public record CoverageReport(RunFacts facts, List<OperationCoverage> operations) {

	/**
	 * How many operations have a status.
	 * @param status the status
	 * @return the count
	 */
	public long count(OperationStatus status) {
		return this.operations.stream().filter((operation) -> operation.status() == status).count();
	}

	/**
	 * How many operations some scenario called.
	 * @return the operations passed or failed
	 */
	public long exercised() {
		return this.operations.size() - count(OperationStatus.NOT_EXERCISED);
	}

	/**
	 * The matrix as JSON: the facts of the run, then
	 * {@code "operations": [{"method", "path", "operationId", "status", "reason",
	 * "scenarios", "reproduce"}]}.
	 * @return the JSON document
	 */
	public ObjectNode toJson() {
		ObjectNode root = JsonMapper.shared().createObjectNode();
		root.put("target", this.facts.target());
		root.put("mauticVersion", this.facts.mauticVersion());
		root.put("marker", this.facts.marker());
		root.put("startedAt", this.facts.startedAt().toString());
		root.put("durationSeconds", this.facts.duration().toMillis() / 1000.0);
		root.put("writesAllowed", this.facts.writesAllowed());
		ArrayNode lines = root.putArray("operations");
		for (OperationCoverage operation : this.operations) {
			ObjectNode line = lines.addObject()
				.put("method", operation.method())
				.put("path", operation.path())
				.put("operationId", operation.operationId())
				.put("status", operation.status().label())
				.put("reason", operation.reason());
			operation.scenarios().forEach(line.putArray("scenarios")::add);
			operation.reproduce().forEach(line.putArray("reproduce")::add);
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
