package org.mauticapi.clients;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.mauticapi.sandbox.SandboxServer;

/**
 * Runs lines of {@code api-spec/README.md} with bash from the repository root, as a
 * reader does, with one change: they call the embedded sandbox where the README calls the
 * gateway on its default port (both answer the demo data with the same credentials).
 */
final class ReadmeShell {

	static final String README_BASE_URL = "http://localhost:8080";

	private ReadmeShell() {
	}

	static CommandResult run(BuildSettings settings, SandboxServer sandbox, List<String> lines, Duration timeout) {
		String script = "set -eu\n" + String.join("\n", lines).replace(README_BASE_URL, sandbox.baseUrl()) + "\n";
		return ExternalCommand.run(List.of("bash", "-c", script), settings.repositoryRoot(),
				Map.of("MAVEN_ARGS", settings.mavenArgs(), "npm_config_update_notifier", "false"), timeout);
	}

}
