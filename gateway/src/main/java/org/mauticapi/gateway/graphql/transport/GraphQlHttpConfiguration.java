package org.mauticapi.gateway.graphql.transport;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import graphql.execution.instrumentation.Instrumentation;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsWebFilter;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.WebFilter;

import org.mauticapi.gateway.graphql.GraphQlLimitsProperties;
import org.mauticapi.gateway.graphql.schema.DerivedSchema;

/**
 * The HTTP side of {@code /graphql}: its routes (ahead of Spring for GraphQL's own
 * POST-only route, which they replace), persisted queries, the SDL download and CORS.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlHttpConfiguration {

	/** Where the SDL of the schema served is, beside the endpoint. */
	static final String SDL_PATH = "/graphql/schema.graphqls";

	@Bean(destroyMethod = "dispose")
	Scheduler graphQlWorkers() {
		return Schedulers.newBoundedElastic(Math.max(2, Runtime.getRuntime().availableProcessors() * 2), 10_000,
				"graphql");
	}

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	RouterFunction<ServerResponse> graphQlHttpRoutes(WebGraphQlHandler graphQl, GraphQlHttpProperties properties,
			Scheduler graphQlWorkers, DerivedSchema schema, GraphQlLimitsProperties limits) {
		GraphQlHttpHandler handler = new GraphQlHttpHandler(graphQl,
				new GraphQlRequestReader((int) Math.min(Integer.MAX_VALUE, properties.maxRequestSize().toBytes())),
				graphQlWorkers, properties.get());
		byte[] sdl = schema.sdl().getBytes(StandardCharsets.UTF_8);
		String etag = "\"" + Sha256.hex(schema.sdl()) + "\"";
		return RouterFunctions.route()
			.POST("/graphql", handler::post)
			.GET("/graphql", handler::get)
			.GET(SDL_PATH,
					(request) -> limits.introspection()
							? ServerResponse.ok()
								.contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
								.eTag(etag)
								.cacheControl(CacheControl.noCache())
								.bodyValue(sdl)
							: ServerResponse.status(HttpStatus.FORBIDDEN)
								.contentType(MediaType.APPLICATION_JSON)
								.bodyValue(Map.of("errors", java.util.List.of(Map.of("message",
										"The schema is not published here (mautic.graphql.limits.introspection=false).",
										"extensions", Map.of("code", "FORBIDDEN"))))))
			.build();
	}

	@Bean
	GraphQlSourceBuilderCustomizer persistedQueries(PersistedQueriesProperties properties) {
		Map<String, String> manifest = (properties.manifest() != null)
				? PersistedQueryManifest.read(properties.manifest()) : Map.of();
		PersistedQueries documents = new PersistedQueries(properties, manifest);
		return (builder) -> builder.configureGraphQl((graphQl) -> graphQl.preparsedDocumentProvider(documents));
	}

	@Bean
	Instrumentation mutationsOverGet() {
		return new MutationsOverGet();
	}

	// Before the API key check, so that a browser's preflight (which carries no
	// credentials) is answered; on the
	// endpoint under either of its paths.
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE + 2)
	WebFilter graphQlCors(GraphQlHttpProperties properties) {
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		GraphQlHttpProperties.Cors cors = properties.cors();
		if (!cors.allowedOrigins().isEmpty()) {
			CorsConfiguration configuration = new CorsConfiguration();
			cors.allowedOrigins().forEach(configuration::addAllowedOriginPattern);
			configuration.setAllowedMethods(java.util.List.of("GET", "POST"));
			configuration.setAllowedHeaders(cors.allowedHeaders());
			configuration.setExposedHeaders(java.util.List.of("X-Request-Id"));
			configuration.setAllowCredentials(cors.allowCredentials());
			configuration.setMaxAge(cors.maxAge());
			for (String path : new String[] { "/graphql", SDL_PATH, "/upstreams/*/graphql",
					"/upstreams/*" + SDL_PATH }) {
				source.registerCorsConfiguration(path, configuration);
			}
		}
		return new CorsWebFilter(source);
	}

}
