package org.mauticapi.gateway;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;

import org.springframework.test.web.reactive.server.WebTestClient;

import org.mauticapi.gateway.support.CaptureMautic;
import org.mauticapi.gateway.support.GatewayProcess;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production jar, {@code target/mautic-gateway.jar}, as an operator runs it: no
 * sandbox inside, in front of the Mautic it is given, and a clear refusal when it is
 * given none.
 */
class ProductionJarIT {

	private static final Path JAR = Path.of("target/mautic-gateway.jar");

	@Test
	void carriesNoSandbox() throws IOException {
		try (ZipFile jar = new ZipFile(JAR.toFile())) {
			assertThat(jar.stream().map((entry) -> entry.getName())).isNotEmpty()
				.noneMatch((name) -> name.contains("mautic-sandbox") || name.contains("org/mauticapi/sandbox/"));
		}
	}

	@Test
	void proxiesToTheMauticItIsGiven() {
		try (CaptureMautic mautic = CaptureMautic.start();
				GatewayProcess gateway = GatewayProcess.start(List.of(), "--mautic.base-url=" + mautic.url())) {
			WebTestClient.bindToServer()
				.baseUrl("http://127.0.0.1:" + gateway.port())
				.build()
				.get()
				.uri("/api/contacts/7")
				.header("Authorization", "Basic dTpw")
				.exchange()
				.expectStatus()
				.isOk();

			assertThat(mautic.captured()).singleElement()
				.satisfies((request) -> assertThat(request.uri()).isEqualTo("/api/contacts/7"));
		}
	}

	@Test
	void withoutAMauticItRefusesToStartNamingTheSetting() throws IOException, InterruptedException {
		Path log = Files.createTempFile("production-jar", ".log");
		Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
				JAR.toString(), "--server.port=0")
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		try {
			assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("the gateway exits").isTrue();
			String output = Files.readString(log, StandardCharsets.UTF_8);
			assertThat(process.exitValue()).as(output).isNotZero();
			assertThat(output).contains("mautic.base-url", "no Mautic to proxy to").doesNotContain("\tat org.");
		}
		finally {
			process.destroyForcibly();
			Files.deleteIfExists(log);
		}
	}

}
