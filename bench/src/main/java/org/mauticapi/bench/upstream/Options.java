package org.mauticapi.bench.upstream;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code --name=value} options (a bare {@code --name} is {@code true}).
 */
public final class Options {

	private Options() {
	}

	/**
	 * Reads the options.
	 * @param args the command line
	 * @return name to value, in order
	 * @throws IllegalArgumentException for an argument that is not an option
	 */
	public static Map<String, String> parse(String[] args) {
		Map<String, String> options = new LinkedHashMap<>();
		for (String arg : args) {
			if (!arg.startsWith("--")) {
				throw new IllegalArgumentException("Not an option: " + arg + " (options are --name=value)");
			}
			int equals = arg.indexOf('=');
			if (equals == -1) {
				options.put(arg.substring(2), "true");
			}
			else {
				options.put(arg.substring(2, equals), arg.substring(equals + 1));
			}
		}
		return options;
	}

}
