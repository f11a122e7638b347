package org.mauticapi.demo;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.mauticapi.gateway.support.CaptureMautic;
import org.mauticapi.gateway.support.RunningGateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The demo build with a Mautic configured: the sandbox is never started, and no page
 * offers its credentials.
 */
class ConfiguredMauticIT {

	private static CaptureMautic mautic;

	private static RunningGateway gateway;

	@BeforeAll
	static void start() {
		mautic = CaptureMautic.start();
		gateway = RunningGateway.start("mautic.base-url=" + mautic.url());
	}

	@AfterAll
	static void stop() {
		gateway.close();
		mautic.close();
	}

	@Test
	void theSandboxIsNeverStartedAndThePagesShowOnlyATemplate() {
		gateway.client().get().uri("/api/contacts/1").header("Authorization", "Basic dTpw").exchange();

		assertThat(mautic.captured()).isNotEmpty();
		assertThatIllegalStateException().isThrownBy(() -> gateway.bean(EmbeddedSandbox.class).demoCredentials());
		assertThat(gateway.client()
			.get()
			.uri("/graphiql")
			.exchange()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody()).contains("Basic <base64 of user:password>").doesNotContain("YWRtaW46bWF1dGlj");
		assertThat(gateway.client()
			.get()
			.uri("/swagger-ui/swagger-initializer.js")
			.exchange()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody()).contains("const sandboxCredentials = null;");
	}

}
