package org.mauticapi.gateway.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

import org.mauticapi.gateway.config.GatewayProperties;
import org.mauticapi.gateway.upstream.LocalMautic;

/**
 * GraphiQL at {@code /graphiql}, posting to {@code /graphql}, with the README's example
 * query: the page and its scripts come from the jar (the GraphiQL and React webjars),
 * nothing from a CDN. Spring GraphQL's own GraphiQL page loads from a CDN and stays off
 * ({@code spring.graphql.graphiql.enabled}).
 */
@Configuration(proxyBeanMethods = false)
class GraphiQlRoutes {

	static final String EXAMPLE = "graphiql/segmentContactsWithActivity.graphql";

	private static final String EXAMPLE_QUERY = "/*EXAMPLE_QUERY*/";

	private static final String HEADERS = "/*HEADERS*/";

	private static final MediaType JAVASCRIPT = MediaType.parseMediaType("text/javascript");

	@Bean
	RouterFunction<ServerResponse> graphiQl(GatewayProperties properties, ObjectProvider<LocalMautic> localMautic)
			throws IOException {
		String page = page();
		GraphiQlHeaders headers = new GraphiQlHeaders(new DemoCredentials(properties, localMautic.getIfAvailable()));
		String graphiQl = PackagedResources.webjarFolder("org.webjars.npm", "graphiql");
		String react = PackagedResources.webjarFolder("org.webjars.npm", "react") + "umd/";
		String reactDom = PackagedResources.webjarFolder("org.webjars.npm", "react-dom") + "umd/";
		return RouterFunctions.route()
			// The headers are filled in per request, as the page is served.
			.GET("/graphiql", (request) -> ServerResponse.ok()
				.contentType(MediaType.TEXT_HTML)
				.bodyValue(page.replace(HEADERS, scriptLiteral(headers.json())).getBytes(StandardCharsets.UTF_8)))
			.GET("/graphiql/graphiql.min.css",
					(request) -> asset(graphiQl + "graphiql.min.css", MediaType.parseMediaType("text/css")))
			.GET("/graphiql/graphiql.min.js", (request) -> asset(graphiQl + "graphiql.min.js", JAVASCRIPT))
			.GET("/graphiql/react.production.min.js", (request) -> asset(react + "react.production.min.js", JAVASCRIPT))
			.GET("/graphiql/react-dom.production.min.js",
					(request) -> asset(reactDom + "react-dom.production.min.js", JAVASCRIPT))
			.build();
	}

	// The page with the example query as a JavaScript string, and the headers still to
	// fill in.
	private static String page() throws IOException {
		String html = new String(PackagedResources.read(new ClassPathResource("graphiql/index.html")),
				StandardCharsets.UTF_8);
		String example = new String(PackagedResources.read(new ClassPathResource(EXAMPLE)), StandardCharsets.UTF_8);
		for (String placeholder : new String[] { EXAMPLE_QUERY, HEADERS }) {
			if (!html.contains(placeholder)) {
				throw new IllegalStateException("graphiql/index.html has no " + placeholder);
			}
		}
		return html.replace(EXAMPLE_QUERY, scriptLiteral(example));
	}

	// A JavaScript string literal for a script element: JSON, and no "</" that could end
	// the element.
	private static String scriptLiteral(String text) {
		return JsonMapper.shared().writeValueAsString(text).replace("</", "<\\/");
	}

	private static Mono<ServerResponse> asset(String location, MediaType type) {
		return ServerResponse.ok().contentType(type).bodyValue(new ClassPathResource(location));
	}

}
