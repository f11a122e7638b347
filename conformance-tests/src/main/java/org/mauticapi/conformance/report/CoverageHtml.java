package org.mauticapi.conformance.report;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Renders the coverage matrix as one self-contained HTML page, a colour per status, with
 * the facts of the run and, for each operation, links to its scenarios in Cucumber's
 * report ({@code cucumber.html?query=...} opens that report filtered to the scenario).
 */
final class CoverageHtml {

	private static final String STYLE = """
			body { font-family: sans-serif; margin: 2em; }
			table { border-collapse: collapse; }
			td, th { border: 1px solid #ccc; padding: 4px 8px; text-align: left; vertical-align: top; }
			.passed { background: #d4f7d4; } .failed { background: #f9d0d0; } .not-exercised { background: #eeeeee; }
			dl { display: grid; grid-template-columns: max-content auto; gap: 2px 1em; }
			dt { font-weight: bold; } dd { margin: 0; }
			code { white-space: nowrap; } pre { white-space: pre-wrap; margin: 4px 0; font-size: smaller; }
			""";

	private CoverageHtml() {
	}

	static String render(CoverageReport report) {
		RunFacts facts = report.facts();
		StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
				+ "<title>Mautic conformance coverage</title>\n<style>\n" + STYLE + "</style></head><body>\n");
		html.append("<h1>Mautic conformance coverage</h1>\n<dl>\n");
		fact(html, "Target", "<code>" + escape(facts.target()) + "</code>");
		fact(html, "Mautic version", escape(
				(facts.mauticVersion() != null) ? facts.mauticVersion() : "not reported (no Mautic-Version header)"));
		fact(html, "Started", escape(facts.startedAt().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)));
		fact(html, "Duration", String.format(Locale.ROOT, "%.1f s", facts.duration().toMillis() / 1000.0));
		fact(html, "Run marker", "<code>" + escape(facts.marker()) + "</code>");
		fact(html, "Writes", facts.writesAllowed() ? "allowed" : "not allowed (read-only run)");
		fact(html, "Operations",
				report.count(OperationStatus.PASSED) + " passed, " + report.count(OperationStatus.FAILED) + " failed, "
						+ report.count(OperationStatus.NOT_EXERCISED) + " not exercised, of "
						+ report.operations().size());
		html.append("</dl>\n<p>Every step: <a href=\"cucumber.html\">Cucumber's report</a>.</p>\n")
			.append("<table>\n<tr><th>method</th><th>path</th><th>operation</th><th>status</th><th>reason</th>"
					+ "<th>scenarios</th></tr>\n");
		for (OperationCoverage operation : report.operations()) {
			html.append("<tr class=\"")
				.append(operation.status().label())
				.append("\"><td>")
				.append(operation.method())
				.append("</td><td><code>")
				.append(escape(operation.path()))
				.append("</code></td><td>")
				.append(escape(operation.operationId()))
				.append("</td><td>")
				.append(operation.status().label())
				.append("</td><td>")
				.append(escape((operation.reason() != null) ? operation.reason() : ""));
			operation.reproduce().forEach((curl) -> html.append("<pre>").append(escape(curl)).append("</pre>"));
			html.append("</td><td>");
			operation.scenarios()
				.forEach((scenario) -> html.append("<a href=\"cucumber.html?query=")
					.append(URLEncoder.encode(scenario, StandardCharsets.UTF_8))
					.append("\">")
					.append(escape(scenario))
					.append("</a><br>"));
			html.append("</td></tr>\n");
		}
		return html.append("</table>\n</body></html>\n").toString();
	}

	private static void fact(StringBuilder html, String name, String value) {
		html.append("<dt>").append(name).append("</dt><dd>").append(value).append("</dd>\n");
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}
