package org.mauticapi.gateway.graphql;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the GraphQL API ({@code mautic.graphql.*}).
 *
 * @param maxConcurrentLookups how many upstream calls one GraphQL request makes at a
 * time: 100 by default, so that the two lookups of each of 50 listed contacts (or one
 * lookup per item of the largest page) go out in one wave and cost about one upstream
 * round trip; well under the per-upstream pool
 * ({@code mautic.calls.max-concurrent-calls}, 256), so two such requests at once do not
 * queue in the gateway. A small Mautic queues what its PHP-FPM workers cannot take; set
 * it to about {@code pm.max_children} there
 * @param maxPageSize the largest {@code first} a connection accepts
 */
@ConfigurationProperties("mautic.graphql")
public record GraphQlProperties(@DefaultValue("100") int maxConcurrentLookups, @DefaultValue("100") int maxPageSize) {

	public GraphQlProperties {
		if (maxConcurrentLookups < 1 || maxPageSize < 1) {
			throw new IllegalArgumentException(
					"mautic.graphql.max-concurrent-lookups and mautic.graphql.max-page-size must be at least 1");
		}
	}

}
