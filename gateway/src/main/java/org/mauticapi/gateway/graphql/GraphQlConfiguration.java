package org.mauticapi.gateway.graphql;

import java.nio.charset.StandardCharsets;
import java.util.List;

import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.introspection.Introspection;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.graphql.server.WebGraphQlInterceptor;

import org.mauticapi.contract.MauticApiContract;
import org.mauticapi.gateway.graphql.schema.DerivedSchema;
import org.mauticapi.gateway.graphql.schema.GraphQlMapping;
import org.mauticapi.gateway.graphql.schema.InstanceField;
import org.mauticapi.gateway.graphql.schema.SchemaDerivation;
import org.mauticapi.gateway.upstream.Upstreams;

/**
 * The GraphQL API: the schema is derived from the contract at start-up and handed to
 * Spring for GraphQL as its only schema resource, and every field is wired from its
 * binding.
 */
@Configuration(proxyBeanMethods = false)
public class GraphQlConfiguration {

	@Bean
	DerivedSchema derivedSchema(CustomFieldsProperties customFields, ObjectProvider<Upstreams> upstreams) {
		List<InstanceField> instanceFields = customFields.typed()
				? InstanceFields.read(upstreams.getObject().defaultUpstream(), customFields) : List.of();
		return SchemaDerivation.derive(MauticApiContract.load(), GraphQlMapping.load(), instanceFields);
	}

	@Bean
	GraphQlSourceBuilderCustomizer derivedSchemaSource(DerivedSchema schema) {
		return (builder) -> builder.schemaResources(new ByteArrayResource(schema.sdl().getBytes(StandardCharsets.UTF_8),
				"GraphQL schema derived from " + MauticApiContract.CLASSPATH_LOCATION) {

			@Override
			public String getFilename() {
				return "derived-schema.graphqls";
			}

		});
	}

	@Bean
	BoundFieldsWiring boundFieldsWiring(DerivedSchema schema, GraphQlProperties properties,
			GraphQlLimitsProperties limits, MauticApiContract contract) {
		return new BoundFieldsWiring(schema, properties, limits, contract);
	}

	@Bean
	MaxQueryDepthInstrumentation maxQueryDepth(GraphQlLimitsProperties limits) {
		return QueryLimits.depth(limits.maxDepth());
	}

	@Bean
	MaxQueryComplexityInstrumentation maxQueryComplexity(GraphQlLimitsProperties limits) {
		return QueryLimits.complexity(limits.maxComplexity());
	}

	@Bean
	QueryLimits.AliasesAndPageSize maxAliasesAndPageSize(GraphQlLimitsProperties limits, GraphQlProperties properties) {
		return new QueryLimits.AliasesAndPageSize(limits.maxAliases(), properties.maxPageSize());
	}

	@Bean
	FieldCountLimit maxFields(GraphQlLimitsProperties limits) {
		return new FieldCountLimit(limits.maxFields());
	}

	@Bean
	UpstreamCallBudget maxUpstreamCalls(DerivedSchema schema, GraphQlLimitsProperties limits,
			GraphQlProperties properties) {
		return new UpstreamCallBudget(schema.bindings(), limits.maxUpstreamCalls(), limits.assumedListSize(),
				properties.maxPageSize());
	}

	@Bean
	@ConditionalOnProperty(name = "mautic.graphql.limits.introspection", havingValue = "false")
	WebGraphQlInterceptor introspectionDisabled() {
		return (request, chain) -> {
			request.configureExecutionInput((input, builder) -> builder
				.graphQLContext((context) -> context.of(Introspection.INTROSPECTION_DISABLED, true))
				.build());
			return chain.next(request);
		};
	}

	@Bean
	CancelledExecutionResolver cancelledExecutionResolver() {
		return new CancelledExecutionResolver();
	}

	@Bean
	ErrorCodesInterceptor errorCodesInterceptor() {
		return new ErrorCodesInterceptor();
	}

	@Bean
	UpstreamCallsInterceptor upstreamCallsInterceptor(MeterRegistry registry) {
		return new UpstreamCallsInterceptor(registry);
	}

}
