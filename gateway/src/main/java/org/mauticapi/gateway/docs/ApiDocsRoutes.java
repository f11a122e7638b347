package org.mauticapi.gateway.docs;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

import org.mauticapi.contract.MauticApiContract;
import org.mauticapi.gateway.config.GatewayProperties;
import org.mauticapi.gateway.config.UpstreamAuthProperties.Mode;
import org.mauticapi.gateway.upstream.EmbeddedSandbox;

/**
 * The contract for people and tools: {@code /openapi.yaml} (the spec as this gateway answers it, see
 * {@link GatewaySpec}) and Swagger UI at {@code /swagger-ui}, both from the jar, nothing from a CDN. On the embedded
 * sandbox Swagger UI starts authorised with the sandbox's demo credentials, like GraphiQL.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsRoutes {

	private static final String SANDBOX_CREDENTIALS = "/*SANDBOX_CREDENTIALS*/";

	private static final String PHP_ARRAY_PARAMETERS = "/*PHP_ARRAY_PARAMETERS*/";

	@Bean
	RouterFunction<ServerResponse> apiDocs(GatewayProperties properties, EmbeddedSandbox sandbox) throws IOException {
		String packaged = new String(PackagedResources.read(new ClassPathResource(MauticApiContract.CLASSPATH_LOCATION)),
				StandardCharsets.UTF_8);
		byte[] spec = GatewaySpec.of(packaged, properties.auth().mode() == Mode.SERVICE)
			.getBytes(StandardCharsets.UTF_8);
		String initializer = initializer(packaged);
		String swaggerUi = PackagedResources.webjarFolder("org.webjars", "swagger-ui");
		return RouterFunctions.route()
			.GET("/openapi.yaml", (request) -> ServerResponse.ok()
				.contentType(MediaType.parseMediaType("application/yaml"))
				.bodyValue(spec))
			.GET("/swagger-ui", (request) -> ServerResponse.temporaryRedirect(URI.create("/swagger-ui/index.html"))
				.build())
			.GET("/swagger-ui/", (request) -> ServerResponse.temporaryRedirect(URI.create("/swagger-ui/index.html"))
				.build())
			// The credentials are filled in per request: the embedded sandbox starts after this bean.
			.GET("/swagger-ui/swagger-initializer.js", (request) -> ServerResponse.ok()
				.contentType(MediaType.parseMediaType("text/javascript"))
				.bodyValue(initializer.replace(SANDBOX_CREDENTIALS, sandboxCredentials(properties, sandbox))
					.getBytes(StandardCharsets.UTF_8)))
			.add(RouterFunctions.resources("/swagger-ui/**", new ClassPathResource(swaggerUi)))
			.build();
	}

	private static String initializer(String packaged) throws IOException {
		String script = new String(PackagedResources.read(new ClassPathResource("swagger-ui/swagger-initializer.js")),
				StandardCharsets.UTF_8);
		for (String placeholder : List.of(SANDBOX_CREDENTIALS, PHP_ARRAY_PARAMETERS)) {
			if (!script.contains(placeholder)) {
				throw new IllegalStateException("swagger-ui/swagger-initializer.js has no " + placeholder);
			}
		}
		return script.replace(PHP_ARRAY_PARAMETERS,
				JsonMapper.shared().writeValueAsString(GatewaySpec.phpArrayParameters(packaged)));
	}

	// A JavaScript [user, password] literal, or null: only the embedded sandbox's demo pair, never a configured secret.
	private static String sandboxCredentials(GatewayProperties properties, EmbeddedSandbox sandbox) {
		if (properties.auth().mode() == Mode.SERVICE) {
			return "null";
		}
		return sandbox.basicCredentials()
			.map((pair) -> JsonMapper.shared().writeValueAsString(pair.split(":", 2)).replace("</", "<\\/"))
			.orElse("null");
	}

}
