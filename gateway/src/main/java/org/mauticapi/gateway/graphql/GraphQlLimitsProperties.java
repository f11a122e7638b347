package org.mauticapi.gateway.graphql;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What a GraphQL query may ask for ({@code mautic.graphql.limits.*}); a query over a limit is refused before any
 * upstream call. The page size limit is {@code mautic.graphql.max-page-size}.
 *
 * @param maxDepth how deeply fields may nest; the example query is 6 deep
 * @param maxComplexity the largest cost: each field costs 1 plus its selection, times {@code first} for a page; the
 * issue's example query costs 563
 * @param maxAliases how many aliased fields a query may hold, fragments expanded
 * @param introspection whether the schema may be introspected (GraphiQL needs it)
 */
@ConfigurationProperties("mautic.graphql.limits")
public record GraphQlLimitsProperties(@DefaultValue("12") int maxDepth, @DefaultValue("5000") int maxComplexity,
		@DefaultValue("20") int maxAliases, @DefaultValue("true") boolean introspection) {

	public GraphQlLimitsProperties {
		if (maxDepth < 1 || maxComplexity < 1 || maxAliases < 0) {
			throw new IllegalArgumentException("mautic.graphql.limits.max-depth and max-complexity must be at least 1, "
					+ "max-aliases at least 0");
		}
	}

}
