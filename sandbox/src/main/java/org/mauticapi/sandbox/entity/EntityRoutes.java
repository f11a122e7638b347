package org.mauticapi.sandbox.entity;

import java.util.List;
import java.util.function.Function;

import org.mauticapi.sandbox.error.MauticApiException;
import org.mauticapi.contract.MauticErrors;
import org.mauticapi.sandbox.web.ApiPathConfiguration;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.codec.DecodingException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.ServerWebInputException;

/**
 * Routes every {@link EntityKind} as Mautic's API bundle routes an entity's common
 * controller: {@code GET /x}, {@code GET /x/{id}}, {@code POST /x/new}, {@code PATCH|PUT
 * /x/{id}/edit}, {@code DELETE /x/{id}/delete} and the {@code /x/batch/...} forms. Ids
 * must be numeric, as Mautic's routes require; anything else is not routed.
 */
@Configuration(proxyBeanMethods = false)
class EntityRoutes {

	private static final String ID = "/{id:\\d+}";

	@Bean
	RouterFunction<ServerResponse> commonEntityApiRoutes(List<EntityKind<?>> kinds, CommonApi api) {
		RouterFunctions.Builder routes = RouterFunctions.route();
		kinds.forEach((kind) -> add(routes, kind, api));
		return routes.build();
	}

	private static <E> void add(RouterFunctions.Builder routes, EntityKind<E> kind, CommonApi api) {
		String path = ApiPathConfiguration.API + kind.names().path();
		routes.POST(path + "/batch/new", (request) -> withBody(request, (body) -> api.createBatch(kind, body)));
		routes.PATCH(path + "/batch/edit", (request) -> withBody(request, (body) -> api.editBatch(kind, body, false)));
		routes.PUT(path + "/batch/edit", (request) -> withBody(request, (body) -> api.editBatch(kind, body, true)));
		routes.DELETE(path + "/batch/delete",
				(request) -> answer(() -> api.deleteBatch(kind, EntityQuery.variables(request.uri().getRawQuery()))));
		if (kind.names().singleEntities()) {
			routes.GET(path,
					(request) -> answer(() -> api.list(kind, EntityQuery.variables(request.uri().getRawQuery()))));
			routes.GET(path + ID, (request) -> answer(() -> api.get(kind, id(request))));
			routes.POST(path + "/new", (request) -> withBody(request, (body) -> api.create(kind, body)));
			routes.PATCH(path + ID + "/edit",
					(request) -> withBody(request, (body) -> api.edit(kind, id(request), body, false)));
			routes.PUT(path + ID + "/edit",
					(request) -> withBody(request, (body) -> api.edit(kind, id(request), body, true)));
			routes.DELETE(path + ID + "/delete", (request) -> answer(() -> api.delete(kind, id(request))));
		}
	}

	private static long id(ServerRequest request) {
		return Long.parseLong(request.pathVariable("id"));
	}

	private static Mono<ServerResponse> withBody(ServerRequest request,
			Function<JsonNode, ResponseEntity<JsonNode>> handler) {
		return request.bodyToMono(JsonNode.class)
			.onErrorMap(EntityRoutes::isMalformed,
					(ex) -> new MauticApiException(400,
							MauticErrors.kernel(400, MauticErrors.KERNEL_ERROR.formatted(400))))
			.defaultIfEmpty(JsonNodeFactory.instance.nullNode())
			.flatMap((body) -> answer(() -> handler.apply(body)));
	}

	private static boolean isMalformed(Throwable failure) {
		return failure instanceof DecodingException || failure instanceof ServerWebInputException;
	}

	private static Mono<ServerResponse> answer(java.util.function.Supplier<ResponseEntity<JsonNode>> handler) {
		return Mono.fromSupplier(handler)
			.flatMap((entity) -> ServerResponse.status(entity.getStatusCode())
				.headers((headers) -> headers.addAll(entity.getHeaders()))
				.bodyValue(entity.getBody()));
	}

}
