package org.mauticapi.bench;

/**
 * The harness's console: what it is doing now, and the report at the end. A benchmark is
 * a command-line tool whose product is its printed table, like the conformance kit's CLI.
 */
final class Console {

	private Console() {
	}

	static void step(String message) {
		System.out.println("==> " + message);
	}

	static void detail(String label, String message) {
		System.out.println("    " + label + ": " + message);
	}

	static void print(String text) {
		System.out.println(text);
	}

	static void error(String message) {
		System.err.println(message);
	}

}
