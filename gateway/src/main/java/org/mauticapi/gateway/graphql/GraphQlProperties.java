package org.mauticapi.gateway.graphql;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the GraphQL API ({@code mautic.graphql.*}).
 *
 * @param maxConcurrentLookups how many upstream calls one GraphQL request makes at a time
 * @param maxPageSize the largest {@code first} a connection accepts
 */
@ConfigurationProperties("mautic.graphql")
public record GraphQlProperties(@DefaultValue("16") int maxConcurrentLookups, @DefaultValue("100") int maxPageSize) {

	public GraphQlProperties {
		if (maxConcurrentLookups < 1 || maxPageSize < 1) {
			throw new IllegalArgumentException(
					"mautic.graphql.max-concurrent-lookups and mautic.graphql.max-page-size must be at least 1");
		}
	}

}
