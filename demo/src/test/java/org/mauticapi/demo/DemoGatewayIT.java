package org.mauticapi.demo;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.mauticapi.gateway.support.RunningGateway;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway as a new user starts it, with no Mautic configured: it proxies to the
 * embedded sandbox and its demo data, and its pages open with the demo credentials so
 * that their examples answer at the first click.
 */
class DemoGatewayIT {

	private static final String AUTHORIZATION = "Basic YWRtaW46bWF1dGlj";

	private static RunningGateway gateway;

	@BeforeAll
	static void start() {
		gateway = RunningGateway.start();
	}

	@AfterAll
	static void stop() {
		gateway.close();
	}

	@Test
	void proxiesToTheEmbeddedSandboxAndItsDemoData() {
		String answer = gateway.client()
			.get()
			.uri("/api/contacts?limit=2&search=tag:vip")
			.header("Authorization", AUTHORIZATION)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();

		assertThat(answer).contains("\"total\"", "\"contacts\"", "vip");
		assertThat(gateway.bean(EmbeddedSandbox.class).demoCredentials()).isEqualTo("admin:mautic");
	}

	@Test
	void graphiQlOpensWithTheSandboxsDemoCredentialsSoTheExampleAnswersAtOnce() {
		String page = gateway.client()
			.get()
			.uri("/graphiql")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();

		assertThat(page).contains("\\\"Authorization\\\" : \\\"" + AUTHORIZATION + "\\\"");
	}

	@Test
	void swaggerUiStartsAuthorisedWithTheDemoCredentials() {
		String script = gateway.client()
			.get()
			.uri("/swagger-ui/swagger-initializer.js")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();

		assertThat(script).contains("const sandboxCredentials = [\"admin\",\"mautic\"];");
	}

}
