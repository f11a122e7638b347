package org.mauticapi.gateway.docs;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

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

	private static final String SWAGGER_UI_WEBJAR = "META-INF/resources/webjars/swagger-ui/";

	@Bean
	RouterFunction<ServerResponse> apiDocs() throws IOException {
		byte[] spec = gatewaySpec();
		String swaggerUi = SWAGGER_UI_WEBJAR + webjarVersion() + "/";
		byte[] initializer = read(new ClassPathResource("swagger-ui/swagger-initializer.js"));
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
		String spec = new String(read(new ClassPathResource(MauticApiContract.CLASSPATH_LOCATION)),
				StandardCharsets.UTF_8);
		String gateway = "servers:\n- url: /api\n  description: This gateway, in front of its Mautic upstream.\n";
		if (!spec.contains("\nservers:\n")) {
			throw new IllegalStateException("The packaged spec has no top-level servers list");
		}
		return spec.replaceFirst("\nservers:\n", "\n" + gateway).getBytes(StandardCharsets.UTF_8);
	}

	private static String webjarVersion() throws IOException {
		Properties properties = new Properties();
		try (InputStream pom = new ClassPathResource("META-INF/maven/org.webjars/swagger-ui/pom.properties")
			.getInputStream()) {
			properties.load(pom);
		}
		return properties.getProperty("version");
	}

	private static byte[] read(ClassPathResource resource) throws IOException {
		try (InputStream in = resource.getInputStream()) {
			return in.readAllBytes();
		}
	}

}
