package org.mauticapi.gateway.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.reactive.function.server.ServerResponse;

import org.mauticapi.contract.MauticApiContract;
import org.mauticapi.gateway.config.GatewayProperties;
import org.mauticapi.gateway.upstream.LocalMautic;

/**
 * The contract for people and tools: {@code /openapi.yaml} (the spec as this gateway
 * answers it, see {@link GatewaySpec}) and Swagger UI at {@code /swagger-ui}, both from
 * the jar, nothing from a CDN. On a local Mautic (the embedded demo sandbox) Swagger UI
 * starts authorised with its demo credentials, like GraphiQL.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsRoutes {

	private static final String SANDBOX_CREDENTIALS = "/*SANDBOX_CREDENTIALS*/";

	private static final String PHP_ARRAY_PARAMETERS = "/*PHP_ARRAY_PARAMETERS*/";

	@Bean
	RouterFunction<ServerResponse> apiDocs(GatewayProperties properties, ObjectProvider<LocalMautic> localMautic)
			throws IOException {
		DemoCredentials credentials = new DemoCredentials(properties, localMautic.getIfAvailable());
		// Made at the first request, not at start-up: rewriting the spec takes a good
		// part of a second that readiness
		// need not wait for.
		SingletonSupplier<ServedDocs> docs = SingletonSupplier.of(() -> ServedDocs.read(credentials.apiKeys()));
		String swaggerUi = PackagedResources.webjarFolder("org.webjars", "swagger-ui");
		return RouterFunctions.route()
			.GET("/openapi.yaml",
					(request) -> ServerResponse.ok()
						.contentType(MediaType.parseMediaType("application/yaml"))
						.bodyValue(docs.obtain().spec()))
			.GET("/swagger-ui",
					(request) -> ServerResponse.temporaryRedirect(URI.create("/swagger-ui/index.html")).build())
			.GET("/swagger-ui/",
					(request) -> ServerResponse.temporaryRedirect(URI.create("/swagger-ui/index.html")).build())
			// The credentials are filled in per request: the local Mautic starts after
			// this bean.
			.GET("/swagger-ui/swagger-initializer.js",
					(request) -> ServerResponse.ok()
						.contentType(MediaType.parseMediaType("text/javascript"))
						.bodyValue(docs.obtain()
							.initializer()
							.replace(SANDBOX_CREDENTIALS, credentialsLiteral(credentials))
							.getBytes(StandardCharsets.UTF_8)))
			.add(RouterFunctions.resources("/swagger-ui/**", new ClassPathResource(swaggerUi)))
			.build();
	}

	// A JavaScript [user, password] literal, or null.
	private static String credentialsLiteral(DemoCredentials credentials) {
		return credentials.pair()
			.map((pair) -> JsonMapper.shared().writeValueAsString(pair.split(":", 2)).replace("</", "<\\/"))
			.orElse("null");
	}

	/**
	 * The served spec and Swagger UI's initializer script (with the spec's PHP array
	 * parameters filled in).
	 */
	private record ServedDocs(byte[] spec, String initializer) {

		static ServedDocs read(boolean apiKeys) {
			try {
				String packaged = new String(
						PackagedResources.read(new ClassPathResource(MauticApiContract.CLASSPATH_LOCATION)),
						StandardCharsets.UTF_8);
				String script = new String(
						PackagedResources.read(new ClassPathResource("swagger-ui/swagger-initializer.js")),
						StandardCharsets.UTF_8);
				for (String placeholder : List.of(SANDBOX_CREDENTIALS, PHP_ARRAY_PARAMETERS)) {
					if (!script.contains(placeholder)) {
						throw new IllegalStateException("swagger-ui/swagger-initializer.js has no " + placeholder);
					}
				}
				return new ServedDocs(GatewaySpec.of(packaged, apiKeys).getBytes(StandardCharsets.UTF_8),
						script.replace(PHP_ARRAY_PARAMETERS,
								JsonMapper.shared().writeValueAsString(GatewaySpec.phpArrayParameters(packaged))));
			}
			catch (IOException ex) {
				throw new UncheckedIOException("The packaged spec or Swagger UI's initializer cannot be read", ex);
			}
		}

	}

}
