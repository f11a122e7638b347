package org.mauticapi.gateway.graphql.transport;

import java.util.LinkedHashMap;
import java.util.Map;

import graphql.execution.preparsed.persisted.PersistedQuerySupport;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;

/**
 * One GraphQL request as the transport read it, from a JSON body or from GET parameters.
 *
 * @param query the document, or null when the request names a persisted query instead
 * @param operationName the operation to run, or null
 * @param variables the variables, or null
 * @param extensions the extensions ({@code persistedQuery}), or null
 */
record GraphQlHttpRequest(@Nullable String query, @Nullable String operationName,
		@Nullable Map<String, Object> variables, @Nullable Map<String, Object> extensions) {

	/**
	 * The request from the members of a JSON object, each checked for its type.
	 * @param members the object's members
	 * @return the request
	 * @throws TransportException naming the member that is not what GraphQL over HTTP
	 * allows
	 */
	static GraphQlHttpRequest of(Map<?, ?> members) {
		String query = text(members, "query");
		String operationName = text(members, "operationName");
		Map<String, Object> variables = object(members, "variables");
		Map<String, Object> extensions = object(members, "extensions");
		if (query == null && (extensions == null || !extensions.containsKey("persistedQuery"))) {
			throw new TransportException(HttpStatus.BAD_REQUEST, "BAD_REQUEST",
					"The request has no query: send `query`, or `extensions.persistedQuery` with its sha256Hash.");
		}
		return new GraphQlHttpRequest(query, operationName, variables, extensions);
	}

	/** The request as Spring for GraphQL reads it. */
	Map<String, Object> toMap() {
		Map<String, Object> map = new LinkedHashMap<>();
		// Spring for GraphQL needs text; a request that names its document by hash gets
		// graphql-java's marker.
		map.put("query", (this.query != null) ? this.query : PersistedQuerySupport.PERSISTED_QUERY_MARKER);
		map.put("operationName", this.operationName);
		map.put("variables", this.variables);
		map.put("extensions", this.extensions);
		return map;
	}

	private static @Nullable String text(Map<?, ?> members, String name) {
		Object value = members.get(name);
		if (value == null || value instanceof String) {
			return (String) value;
		}
		throw new TransportException(HttpStatus.BAD_REQUEST, "BAD_REQUEST", "`" + name + "` must be a string.");
	}

	@SuppressWarnings("unchecked")
	private static @Nullable Map<String, Object> object(Map<?, ?> members, String name) {
		Object value = members.get(name);
		if (value == null || value instanceof Map<?, ?>) {
			return (Map<String, Object>) value;
		}
		throw new TransportException(HttpStatus.BAD_REQUEST, "BAD_REQUEST", "`" + name + "` must be a JSON object.");
	}

}
