package org.mauticapi.gateway.graphql;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What a GraphQL query may ask for ({@code mautic.graphql.limits.*}); a query over a
 * limit is refused before any upstream call. The page size limit is
 * {@code mautic.graphql.max-page-size}.
 *
 * @param maxDepth how deeply fields may nest; the example query is 6 deep
 * @param maxComplexity the largest cost: each field costs 1 plus its selection, times
 * {@code first} for a page; the example query costs 563
 * @param maxAliases how many aliased fields a query may hold, fragments expanded
 * @param maxFields how many fields an operation may hold with its fragments expanded,
 * checked right after parsing (GraphiQL's introspection query holds about 130, the
 * README's example 15)
 * @param maxUpstreamCalls how many calls to Mautic one query may make at most: a field
 * that calls Mautic counts once per object it is asked on, a lookup batched by ids once
 * per level
 * @param assumedListSize how many items the budget assumes a list that Mautic answers
 * whole has (a contact's segments or campaigns), for the calls of the fields below it
 * @param maxInputDepth how deeply an input value (a {@code where} clause's nested
 * clauses) may nest
 * @param introspection whether the schema may be introspected (GraphiQL needs it) and its
 * SDL downloaded
 */
@ConfigurationProperties("mautic.graphql.limits")
public record GraphQlLimitsProperties(@DefaultValue("12") int maxDepth, @DefaultValue("5000") int maxComplexity,
		@DefaultValue("20") int maxAliases, @DefaultValue("1000") int maxFields,
		@DefaultValue("250") int maxUpstreamCalls, @DefaultValue("10") int assumedListSize,
		@DefaultValue("8") int maxInputDepth, @DefaultValue("true") boolean introspection) {

	public GraphQlLimitsProperties {
		if (maxDepth < 1 || maxComplexity < 1 || maxAliases < 0 || maxFields < 1 || maxUpstreamCalls < 1
				|| assumedListSize < 1 || maxInputDepth < 1) {
			throw new IllegalArgumentException("mautic.graphql.limits.* must be at least 1 (max-aliases at least 0)");
		}
	}

}
