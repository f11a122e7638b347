package org.mauticapi.conformance.report;

/** Renders the coverage matrix as one self-contained HTML page, a colour per status. */
final class CoverageHtml {

	private CoverageHtml() {
	}

	static String render(CoverageReport report) {
		StringBuilder html = new StringBuilder("""
				<!DOCTYPE html>
				<html lang="en"><head><meta charset="utf-8"><title>Mautic conformance coverage</title>
				<style>
				body { font-family: sans-serif; margin: 2em; }
				table { border-collapse: collapse; }
				td, th { border: 1px solid #ccc; padding: 4px 8px; text-align: left; vertical-align: top; }
				.passed { background: #d4f7d4; } .failed { background: #f9d0d0; } .not-exercised { background: #eeeeee; }
				code { white-space: nowrap; }
				</style></head><body>
				""");
		html.append("<h1>Mautic conformance coverage</h1>\n<p>Target <code>").append(escape(report.target()))
			.append("</code>, Mautic version <code>")
			.append(escape((report.mauticVersion() != null) ? report.mauticVersion() : "not reported"))
			.append("</code>: ")
			.append(report.count(OperationStatus.PASSED)).append(" passed, ")
			.append(report.count(OperationStatus.FAILED)).append(" failed, ")
			.append(report.count(OperationStatus.NOT_EXERCISED)).append(" not exercised, of ")
			.append(report.operations().size()).append(" documented operations.</p>\n")
			.append("<table>\n<tr><th>method</th><th>path</th><th>operation</th><th>status</th><th>reason</th></tr>\n");
		for (OperationCoverage operation : report.operations()) {
			html.append("<tr class=\"").append(operation.status().label()).append("\"><td>")
				.append(operation.method()).append("</td><td><code>").append(escape(operation.path()))
				.append("</code></td><td>").append(escape(operation.operationId())).append("</td><td>")
				.append(operation.status().label()).append("</td><td>")
				.append(escape((operation.reason() != null) ? operation.reason() : "")).append("</td></tr>\n");
		}
		return html.append("</table>\n</body></html>\n").toString();
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}
