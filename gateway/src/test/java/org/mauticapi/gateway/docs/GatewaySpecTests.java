package org.mauticapi.gateway.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.springframework.core.io.ClassPathResource;

import org.mauticapi.contract.MauticApiContract;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link GatewaySpec}.
 */
class GatewaySpecTests {

	private static final String PACKAGED = packaged();

	@Test
	void everyOperationDeclaresTheGatewaysOwnAnswers() {
		JsonNode served = YAMLMapper.shared().readTree(GatewaySpec.of(PACKAGED, false));

		served.path("paths").properties().forEach((path) -> path.getValue().properties().forEach((operation) -> {
			if (operation.getValue().has("responses")) {
				boolean body = operation.getValue().has("requestBody");
				assertThat(operation.getValue().path("responses").propertyNames())
					.as("%s %s", operation.getKey(), path.getKey())
					.contains("400", "500", "502", "503", "504")
					.containsAll(body ? java.util.List.of("413", "415") : java.util.List.of());
			}
		}));
	}

	@Test
	void mauticsOwnStatusSaysThatTheGatewayGivesItToo() {
		JsonNode served = YAMLMapper.shared().readTree(GatewaySpec.of(PACKAGED, false));

		JsonNode createContact400 = served.at("/paths/~1contacts~1new/post/responses/400");

		assertThat(createContact400.path("description").asString()).contains("From the gateway:")
			.contains("before Mautic saw it");
	}

	@Test
	void passthroughModeKeepsMauticsAuthentication() {
		JsonNode served = YAMLMapper.shared().readTree(GatewaySpec.of(PACKAGED, false));

		assertThat(served.at("/components/securitySchemes").propertyNames()).doesNotContain("gatewayApiKey");
		assertThat(served.at("/security/0").propertyNames()).containsExactly("basicAuth");
		assertThat(served.at("/servers/0/url").asString()).isEqualTo("/api");
	}

	@Test
	void whereAndOrderAreThePhpArrayParameters() {
		assertThat(GatewaySpec.phpArrayParameters(PACKAGED)).containsExactly("order", "where");
	}

	private static String packaged() {
		try {
			return new String(new ClassPathResource(MauticApiContract.CLASSPATH_LOCATION).getContentAsByteArray(),
					StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
