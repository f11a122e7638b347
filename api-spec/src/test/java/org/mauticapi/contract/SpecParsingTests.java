package org.mauticapi.contract;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that the OpenAPI document is valid OpenAPI 3.0.3 as swagger-parser reads it.
 */
class SpecParsingTests {

	@Test
	void parsesWithoutAnyMessage() {
		ParseOptions options = new ParseOptions();
		options.setResolve(true);

		SwaggerParseResult result = new OpenAPIV3Parser().readContents(SpecFixtures.specText(), null, options);

		assertThat(result.getMessages()).isEmpty();
		assertThat(result.getOpenAPI()).isNotNull();
		assertThat(result.getOpenAPI().getOpenapi()).isEqualTo("3.0.3");
	}

	@Test
	void resolvesFullyWithoutAnyMessage() {
		ParseOptions options = new ParseOptions();
		options.setResolve(true);
		options.setResolveFully(true);

		SwaggerParseResult result = new OpenAPIV3Parser().readContents(SpecFixtures.specText(), null, options);

		assertThat(result.getMessages()).isEmpty();
		assertThat(result.getOpenAPI().getPaths()).isNotEmpty();
	}

	@Test
	void servesTheApiRootBelowAConfigurableBaseUrl() {
		SwaggerParseResult result = new OpenAPIV3Parser().readContents(SpecFixtures.specText(), null, null);

		assertThat(result.getOpenAPI().getServers()).singleElement()
			.satisfies((server) -> assertThat(server.getUrl()).isEqualTo("{baseUrl}/api"));
	}

	@Test
	void declaresBasicAndOAuth2Security() {
		SwaggerParseResult result = new OpenAPIV3Parser().readContents(SpecFixtures.specText(), null, null);

		var schemes = result.getOpenAPI().getComponents().getSecuritySchemes();

		assertThat(schemes.get("basicAuth").getScheme()).isEqualTo("basic");
		assertThat(schemes.get("oauth2").getFlows().getClientCredentials().getTokenUrl()).isEqualTo("/oauth/v2/token");
		assertThat(schemes.get("oauth2").getFlows().getAuthorizationCode().getTokenUrl()).isEqualTo("/oauth/v2/token");
	}

}
