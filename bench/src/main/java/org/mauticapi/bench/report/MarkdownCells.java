package org.mauticapi.bench.report;

import java.util.Locale;

/**
 * How figures are written in the Markdown tables: whole numbers with thousands
 * separators, milliseconds to two decimals below 100, CPU time to the microsecond.
 */
final class MarkdownCells {

	private MarkdownCells() {
	}

	static String cpu(double millis) {
		return String.format(Locale.ROOT, "%.3f", millis);
	}

	static String ms(double p50, double p99) {
		return decimal(p50) + " / " + decimal(p99);
	}

	static String number(double value) {
		return String.format(Locale.ROOT, "%,.0f", value);
	}

	static String decimal(double value) {
		return String.format(Locale.ROOT, (value >= 100) ? "%.0f" : "%.2f", value);
	}

}
