package org.mauticapi.gateway.graphql.transport;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Persisted queries ({@code mautic.graphql.persisted-queries.*}): Apollo's automatic
 * persisted queries, an optional manifest of known operations, and the cache of parsed
 * and validated documents.
 *
 * @param enabled whether a request may name its query by the SHA-256 of its text
 * ({@code extensions.persistedQuery.sha256Hash}) instead of sending it
 * @param cacheSize how many parsed and validated documents are kept (least recently used
 * go first); plain queries are cached the same way, so a repeated query is parsed and
 * validated once
 * @param manifest a persisted query manifest in Apollo's format
 * ({@code {"format":"apollo-persisted-query-manifest","version":1,"operations":[{"id","name","type","body"}]}}),
 * a file path or {@code classpath:} location; its operations are known from the start
 * @param onlyManifest whether only the manifest's operations run (an allowlist): any
 * other query, sent whole or by hash, is refused with {@code PERSISTED_QUERY_NOT_LISTED};
 * needs a manifest
 */
@ConfigurationProperties("mautic.graphql.persisted-queries")
public record PersistedQueriesProperties(@DefaultValue("true") boolean enabled, @DefaultValue("1000") int cacheSize,
		@Nullable String manifest, @DefaultValue("false") boolean onlyManifest) {

	public PersistedQueriesProperties {
		if (cacheSize < 1) {
			throw new IllegalArgumentException("mautic.graphql.persisted-queries.cache-size must be at least 1");
		}
		if (onlyManifest && manifest == null) {
			throw new IllegalArgumentException("mautic.graphql.persisted-queries.only-manifest needs "
					+ "mautic.graphql.persisted-queries.manifest, the operations it allows");
		}
	}

}
