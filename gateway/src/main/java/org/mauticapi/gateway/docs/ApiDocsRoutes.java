package org.mauticapi.gateway.docs;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

import org.mauticapi.contract.MauticApiContract;

/**
 * The contract for people and tools: {@code /openapi.yaml} (the spec, with this gateway as its first server, so that
 * "Try it out" calls the gateway) and Swagger UI at {@code /swagger-ui}, both from the jar, nothing from a CDN.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsRoutes {

	@Bean
	RouterFunction<ServerResponse> apiDocs() throws IOException {
		byte[] spec = gatewaySpec();
		String swaggerUi = PackagedResources.webjarFolder("org.webjars", "swagger-ui");
		byte[] initializer = PackagedResources.read(new ClassPathResource("swagger-ui/swagger-initializer.js"));
		return RouterFunctions.route()
			.GET("/openapi.yaml", (request) -> ServerResponse.ok()
				.contentType(MediaType.parseMediaType("application/yaml"))
				.bodyValue(spec))
			.GET("/swagger-ui", (request) -> ServerResponse.temporaryRedirect(URI.create("/swagger-ui/index.html"))
				.build())
			.GET("/swagger-ui/", (request) -> ServerResponse.temporaryRedirect(URI.create("/swagger-ui/index.html"))
				.build())
			.GET("/swagger-ui/swagger-initializer.js", (request) -> ServerResponse.ok()
				.contentType(MediaType.parseMediaType("text/javascript"))
				.bodyValue(initializer))
			.add(RouterFunctions.resources("/swagger-ui/**", new ClassPathResource(swaggerUi)))
			.build();
	}

	// The packaged spec names Mautic's own server ({baseUrl}/api); served here, the gateway comes first.
	private static byte[] gatewaySpec() throws IOException {
		String spec = new String(PackagedResources.read(new ClassPathResource(MauticApiContract.CLASSPATH_LOCATION)),
				StandardCharsets.UTF_8);
		String gateway = "servers:\n- url: /api\n  description: This gateway, in front of its Mautic upstream.\n";
		if (!spec.contains("\nservers:\n")) {
			throw new IllegalStateException("The packaged spec has no top-level servers list");
		}
		return spec.replaceFirst("\nservers:\n", "\n" + gateway).getBytes(StandardCharsets.UTF_8);
	}

}
