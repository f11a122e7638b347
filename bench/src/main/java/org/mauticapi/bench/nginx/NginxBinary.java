package org.mauticapi.bench.nginx;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Where nginx is: the one given ({@code --nginx=PATH}), else {@code nginx} on the
 * {@code PATH}, else the usual places of a distribution's package ({@code /usr/sbin} is
 * not on every user's {@code PATH}).
 *
 * @param path the executable
 * @param version its version, e.g. {@code 1.22.1}
 */
public record NginxBinary(Path path, String version) {

	/** Where distributions and nginx's own build install it, after the {@code PATH}. */
	public static final List<Path> USUAL_PLACES = List.of(Path.of("/usr/sbin/nginx"), Path.of("/usr/local/sbin/nginx"),
			Path.of("/usr/local/nginx/sbin/nginx"));

	private static final Pattern VERSION = Pattern.compile("nginx/(\\d+(?:\\.\\d+)*)");

	/**
	 * Finds an executable named nginx.
	 * @param given the path asked for, or null to search
	 * @param pathVariable the {@code PATH} to search first
	 * @param usualPlaces where to look after it
	 * @return the executable, or empty when there is none
	 * @throws IllegalArgumentException when the path asked for is not an executable
	 */
	static Optional<Path> locate(@Nullable String given, @Nullable String pathVariable, List<Path> usualPlaces) {
		if (given != null) {
			Path path = Path.of(given);
			if (!Files.isRegularFile(path) || !Files.isExecutable(path)) {
				throw new IllegalArgumentException("--nginx=" + given + " is not an executable file");
			}
			return Optional.of(path);
		}
		List<Path> candidates = new ArrayList<>();
		if (pathVariable != null) {
			for (String directory : pathVariable.split(":")) {
				if (!directory.isEmpty()) {
					candidates.add(Path.of(directory, "nginx"));
				}
			}
		}
		candidates.addAll(usualPlaces);
		return candidates.stream().filter((path) -> Files.isRegularFile(path) && Files.isExecutable(path)).findFirst();
	}

	/**
	 * Finds nginx on this machine and asks its version.
	 * @param given the path asked for ({@code --nginx=PATH}), or null to search
	 * @return nginx, or empty when there is none
	 * @throws IllegalArgumentException when the path asked for is not an executable or
	 * does not tell an nginx version
	 */
	public static Optional<NginxBinary> find(@Nullable String given) {
		return locate(given, System.getenv("PATH"), USUAL_PLACES).map((path) -> new NginxBinary(path, version(path)));
	}

	/**
	 * Reads the version {@code nginx -v} prints.
	 * @param output what it printed
	 * @return the version, or null when the output has none
	 */
	static @Nullable String parseVersion(String output) {
		Matcher matcher = VERSION.matcher(output);
		return matcher.find() ? matcher.group(1) : null;
	}

	/**
	 * Whether this nginx takes {@code -e} (the error log before the configuration is
	 * read), which came with 1.19.5. Without it, an nginx not run as root says once that
	 * it cannot open the system's error log, and goes on.
	 * @return whether {@code -e} is understood
	 */
	public boolean takesErrorLogOption() {
		int[] parts = new int[3];
		String[] given = this.version.split("\\.");
		for (int i = 0; i < Math.min(3, given.length); i++) {
			parts[i] = Integer.parseInt(given[i]);
		}
		return parts[0] > 1 || (parts[0] == 1 && (parts[1] > 19 || (parts[1] == 19 && parts[2] >= 5)));
	}

	private static String version(Path path) {
		try {
			Process process = new ProcessBuilder(path.toString(), "-v").redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			process.waitFor(10, TimeUnit.SECONDS);
			String version = parseVersion(output);
			if (version == null) {
				throw new IllegalArgumentException(path + " -v did not print an nginx version: " + output.strip());
			}
			return version;
		}
		catch (IOException ex) {
			throw new IllegalArgumentException(path + " could not run: " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while asking nginx's version", ex);
		}
	}

}
