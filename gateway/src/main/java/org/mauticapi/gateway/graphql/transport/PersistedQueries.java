package org.mauticapi.gateway.graphql.transport;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.GraphqlErrorBuilder;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.execution.preparsed.persisted.PersistedQuerySupport;
import org.jspecify.annotations.Nullable;

/**
 * Finds the parsed and validated document of a request: Apollo's automatic persisted
 * queries (a request names its document by {@code extensions.persistedQuery.sha256Hash},
 * and sends the text along once when the gateway answers {@code PersistedQueryNotFound}),
 * the operations of a manifest, and a cache of every document parsed, so that a repeated
 * query is parsed and validated once. With {@code only-manifest} it is an allowlist: a
 * document the manifest does not hold never runs.
 */
final class PersistedQueries implements PreparsedDocumentProvider {

	private final DocumentCache cache;

	private final Map<String, String> manifest;

	private final boolean automatic;

	private final boolean onlyManifest;

	PersistedQueries(PersistedQueriesProperties properties, Map<String, String> manifest) {
		this.cache = new DocumentCache(properties.cacheSize());
		this.manifest = manifest;
		this.automatic = properties.enabled();
		this.onlyManifest = properties.onlyManifest();
	}

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		return CompletableFuture.completedFuture(document(input, parseAndValidate));
	}

	private PreparsedDocumentEntry document(ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		String text = input.getQuery();
		boolean sent = !text.isBlank() && !PersistedQuerySupport.PERSISTED_QUERY_MARKER.equals(text);
		String named = namedHash(input);
		if (named != null && !this.automatic) {
			return error("PERSISTED_QUERY_NOT_SUPPORTED",
					"Persisted queries are switched off here (mautic.graphql.persisted-queries.enabled); send the query.");
		}
		String hash = sent ? Sha256.hex(text) : named;
		if (hash == null) {
			return error("BAD_USER_INPUT", "The request has no query.");
		}
		if (named != null && sent && !named.equals(hash)) {
			return error("PERSISTED_QUERY_HASH_MISMATCH",
					"extensions.persistedQuery.sha256Hash is not the SHA-256 of the query sent with it.");
		}
		if (this.onlyManifest && !this.manifest.containsKey(hash)) {
			return error("PERSISTED_QUERY_NOT_LISTED",
					"Only the operations of this gateway's manifest run here, and this is not one of them.");
		}
		PreparsedDocumentEntry cached = this.cache.get(hash);
		if (cached != null) {
			return cached;
		}
		if (!sent) {
			String listed = this.manifest.get(hash);
			if (listed == null) {
				// Apollo clients look for this message (or the code), then send the query
				// along with its hash.
				return error("PERSISTED_QUERY_NOT_FOUND", "PersistedQueryNotFound");
			}
			input = input.transform((builder) -> builder.query(listed));
		}
		PreparsedDocumentEntry entry = parseAndValidate.apply(input);
		if (!entry.hasErrors()) {
			this.cache.put(hash, entry);
		}
		return entry;
	}

	private static @Nullable String namedHash(ExecutionInput input) {
		if (input.getExtensions().get("persistedQuery") instanceof Map<?, ?> persisted
				&& persisted.get("sha256Hash") instanceof String hash) {
			return hash.toLowerCase(java.util.Locale.ROOT);
		}
		return null;
	}

	private static PreparsedDocumentEntry error(String code, String message) {
		return new PreparsedDocumentEntry(
				GraphqlErrorBuilder.newError().message(message).extensions(Map.of("code", code)).build());
	}

}
