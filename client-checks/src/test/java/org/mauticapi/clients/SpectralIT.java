package org.mauticapi.clients;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lints the spec with Spectral's OpenAPI ruleset ({@code spectral:oas}) by the command
 * {@code api-spec/README.md} gives: it must find no error.
 */
class SpectralIT {

	private final BuildSettings settings = BuildSettings.fromSystemProperties();

	@Test
	void spectralFindsNoErrorInTheSpec() {
		Toolchain.require(List.of("npx", "--version"), "Node.js 20 (node, npm and npx on the PATH)",
				"to lint the spec with Spectral");
		String command = ReadmeBlocks.of(this.settings.repositoryRoot(), "spectral").only("bash");

		CommandResult lint = ExternalCommand.run(List.of("bash", "-c", "set -eu\n" + command),
				this.settings.repositoryRoot(), Map.of("npm_config_update_notifier", "false"), Duration.ofMinutes(5));

		assertThat(lint.assertSucceeded().output()).contains("0 errors");
	}

}
