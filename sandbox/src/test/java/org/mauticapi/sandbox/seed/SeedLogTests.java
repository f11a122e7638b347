package org.mauticapi.sandbox.seed;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import org.mauticapi.sandbox.SandboxServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sandbox says where it is ready and who may log in, never with which password.
 */
@ExtendWith(OutputCaptureExtension.class)
class SeedLogTests {

	@Test
	void logsTheUserButNeverThePassword(CapturedOutput output) {
		try (SandboxServer server = SandboxServer.startEmbedded(0,
				Map.of("sandbox.seed", "empty", "sandbox.password", "Zq9-not-to-be-logged"))) {
			assertThat(server.baseUrl()).startsWith("http://127.0.0.1:");
		}

		assertThat(output.getAll()).contains("Mautic sandbox ready").doesNotContain("Zq9-not-to-be-logged");
	}

}
