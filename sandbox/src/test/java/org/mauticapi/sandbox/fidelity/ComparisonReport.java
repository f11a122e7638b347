package org.mauticapi.sandbox.fidelity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.mauticapi.contract.MauticApiContract;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Collects the comparisons of a run and writes them: a text report with one line per
 * exchange, the share that has Mautic's shape overall and per operation, and a JSON file
 * with both answers of every exchange that differs.
 */
public final class ComparisonReport {

	private static final JsonMapper PRETTY = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private final MauticApiContract contract;

	private final List<String> lines = new ArrayList<>();

	private final Map<String, int[]> byOperation = new TreeMap<>();

	private final ArrayNode differing = JsonNodeFactory.instance.arrayNode();

	private int same;

	private int total;

	public ComparisonReport(MauticApiContract contract) {
		this.contract = contract;
	}

	/**
	 * Records one compared exchange.
	 * @param scenario the scenario's name
	 * @param mautic Mautic's exchange
	 * @param sandbox the sandbox's exchange
	 * @param differences what differs, empty when the shapes agree
	 * @param known why a difference is expected, or null
	 */
	public void add(String scenario, Exchange mautic, Exchange sandbox, List<String> differences, String known) {
		if (mautic.request() == null) {
			return;
		}
		String operation = OperationLabels.documented(this.contract, mautic.request().method(), mautic.request().path())
			.orElse("setup " + mautic.request().method() + " " + mautic.request().path().replaceAll("/\\d+", "/{id}"));
		int[] counts = this.byOperation.computeIfAbsent(operation, (key) -> new int[2]);
		counts[1]++;
		this.total++;
		if (differences.isEmpty()) {
			counts[0]++;
			this.same++;
		}
		String call = mautic.request().method() + " " + mautic.request().path() + query(mautic.request());
		this.lines.add(scenario + " | " + call + " | " + (differences.isEmpty() ? "same shape"
				: ((known != null) ? "(known: " + known + ") " : "") + String.join("; ", differences)));
		if (!differences.isEmpty()) {
			ObjectNode item = this.differing.addObject().put("scenario", scenario).put("call", call);
			item.set("request", mautic.request().body());
			item.putArray("differences")
				.addAll(differences.stream().map(JsonNodeFactory.instance::stringNode).toList());
			item.set("mautic", mautic.response().body());
			item.set("sandbox", sandbox.response().body());
		}
	}

	private static String query(Exchange.Request request) {
		StringBuilder query = new StringBuilder();
		request.query()
			.forEach((pair) -> query.append(query.isEmpty() ? "?" : "&")
				.append(pair.get(0))
				.append('=')
				.append(pair.get(1)));
		return query.toString();
	}

	public int same() {
		return this.same;
	}

	public int total() {
		return this.total;
	}

	/** The summary line: how many exchanges have Mautic's shape. */
	public String summary() {
		return "%d of %d exchanges have Mautic's shape (%.1f%%) over %d operations and routes".formatted(this.same,
				this.total, (this.total == 0) ? 0.0 : 100.0 * this.same / this.total, this.byOperation.size());
	}

	/**
	 * Writes {@code <name>.txt} and {@code <name>-differences.json}.
	 * @param folder where
	 * @param name the files' base name
	 */
	public void write(Path folder, String name) {
		List<String> text = new ArrayList<>(this.lines);
		text.add("");
		this.byOperation
			.forEach((operation, counts) -> text.add("%4d/%-4d %s".formatted(counts[0], counts[1], operation)));
		text.add("");
		text.add(summary());
		try {
			Files.createDirectories(folder);
			Files.write(folder.resolve(name + ".txt"), text);
			Files.writeString(folder.resolve(name + "-differences.json"), PRETTY.writeValueAsString(this.differing));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
