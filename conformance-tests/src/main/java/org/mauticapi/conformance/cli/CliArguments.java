package org.mauticapi.conformance.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import io.cucumber.tagexpressions.TagExpressionException;
import io.cucumber.tagexpressions.TagExpressionParser;
import org.jspecify.annotations.Nullable;

import org.mauticapi.conformance.run.ConformanceConfig;
import org.mauticapi.conformance.http.Credentials;

/**
 * Reads the options from the command line, falling back to the environment for each, and
 * checks them together: a base URL that is one, exactly one way to authenticate, a tag
 * expression that parses, folders that exist.
 */
final class CliArguments {

	private static final String DEFAULT_REPORT_DIR = "conformance-report";

	private final Map<CliOption, String> values = new EnumMap<>(CliOption.class);

	private CliArguments() {
	}

	/**
	 * Parses the arguments.
	 * @param args the command line ({@code --option value} or {@code --option=value})
	 * @param environment the environment variables
	 * @return the arguments
	 * @throws CliUsageException for an unknown option or a missing value
	 */
	static CliArguments parse(String[] args, Function<String, @Nullable String> environment) {
		CliArguments arguments = new CliArguments();
		for (int i = 0; i < args.length; i++) {
			String[] flagAndValue = args[i].split("=", 2);
			CliOption option = CliOption.forFlag(flagAndValue[0])
				.orElseThrow(() -> new CliUsageException("Unknown option " + flagAndValue[0]));
			String value;
			if (!option.takesValue()) {
				value = (flagAndValue.length == 2) ? flagAndValue[1] : "true";
			}
			else if (flagAndValue.length == 2) {
				value = flagAndValue[1];
			}
			else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
				value = args[++i];
			}
			else {
				throw new CliUsageException(option.flag() + " needs a value");
			}
			arguments.values.put(option, value);
		}
		for (CliOption option : CliOption.values()) {
			String variable = option.environment();
			String fromEnvironment = (variable != null) ? environment.apply(variable) : null;
			if (fromEnvironment != null && !fromEnvironment.isBlank()) {
				arguments.values.putIfAbsent(option, fromEnvironment);
			}
		}
		return arguments;
	}

	boolean help() {
		return flag(CliOption.HELP);
	}

	/**
	 * The run's configuration.
	 * @return the configuration
	 * @throws CliUsageException when the options do not make a run
	 */
	ConformanceConfig config() {
		return new ConformanceConfig(baseUrl(), credentials(), flag(CliOption.ALLOW_WRITES), tags(), names(),
				Path.of(this.values.getOrDefault(CliOption.REPORT_DIR, DEFAULT_REPORT_DIR)), featuresDir());
	}

	private URI baseUrl() {
		String text = this.values.get(CliOption.BASE_URL);
		if (text == null) {
			throw new CliUsageException("Say which Mautic to check: --base-url URL (or MAUTIC_BASE_URL)");
		}
		try {
			URI uri = new URI(text.replaceAll("/+$", ""));
			if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
				throw new CliUsageException(
						"--base-url must be an http or https URL, e.g. https://mautic.example.com; got " + text);
			}
			if (uri.getPath().endsWith("/api")) {
				throw new CliUsageException("--base-url is the Mautic root, without /api: " + text);
			}
			return uri;
		}
		catch (URISyntaxException ex) {
			throw new CliUsageException("--base-url is not a URL: " + text);
		}
	}

	private Credentials credentials() {
		String username = this.values.get(CliOption.USERNAME);
		String password = this.values.get(CliOption.PASSWORD);
		String clientId = this.values.get(CliOption.CLIENT_ID);
		String clientSecret = this.values.get(CliOption.CLIENT_SECRET);
		boolean basic = username != null || password != null;
		boolean oauth = clientId != null || clientSecret != null;
		if (basic && oauth) {
			throw new CliUsageException(
					"Give either --username and --password, or --client-id and --client-secret, not both");
		}
		if (oauth) {
			if (clientId == null || clientSecret == null) {
				throw new CliUsageException("OAuth2 needs both --client-id and --client-secret");
			}
			return new Credentials.ClientCredentials(clientId, clientSecret);
		}
		if (username == null || password == null) {
			throw new CliUsageException("Give credentials: --username and --password (or MAUTIC_USERNAME and "
					+ "MAUTIC_PASSWORD), or --client-id and --client-secret for OAuth2");
		}
		return new Credentials.Basic(username, password);
	}

	private @Nullable String tags() {
		String expression = this.values.get(CliOption.TAGS);
		if (expression != null) {
			try {
				TagExpressionParser.parse(expression);
			}
			catch (TagExpressionException ex) {
				throw new CliUsageException("--tags is not a tag expression: " + ex.getMessage());
			}
		}
		return expression;
	}

	private @Nullable String names() {
		String regex = this.values.get(CliOption.NAME);
		if (regex != null) {
			try {
				Pattern.compile(regex);
			}
			catch (PatternSyntaxException ex) {
				throw new CliUsageException("--name is not a regular expression: " + ex.getDescription());
			}
		}
		return regex;
	}

	private @Nullable Path featuresDir() {
		String folder = this.values.get(CliOption.FEATURES);
		if (folder == null) {
			return null;
		}
		Path path = Path.of(folder);
		if (!Files.isDirectory(path)) {
			throw new CliUsageException("--features must be a folder of .feature files: " + folder);
		}
		return path;
	}

	private boolean flag(CliOption option) {
		String value = this.values.get(option);
		if (value == null) {
			return false;
		}
		return switch (value.toLowerCase(Locale.ROOT)) {
			case "true", "yes", "1" -> true;
			case "false", "no", "0" -> false;
			default -> throw new CliUsageException(
					option.flag() + " is a switch; its environment variable takes " + "true or false, not " + value);
		};
	}

}
