package org.mauticapi.gateway.architecture;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The gateway's package rules, for a root package: the gateway's own, or a fixture's that
 * breaks them on purpose.
 *
 * <p>
 * From the bottom up: {@code config} (settings) knows nothing else; {@code upstream}
 * (calling Mautic) knows the settings; {@code error} (Mautic's error bodies) and
 * {@code web} (filters, the error handler) build on those; {@code auth} and {@code drift}
 * serve the REST pipeline; {@code graphql.schema} derives the schema from the contract
 * alone, {@code graphql} runs it; the entry points ({@code rest},
 * {@code graphql.transport}, {@code docs}, {@code health}) are used by nobody.
 */
final class GatewayRules {

	private GatewayRules() {
	}

	static ArchRule noCycles(String root) {
		return slices().matching(root + ".(**)").should().beFreeOfCycles();
	}

	static LayeredArchitecture layers(String root) {
		return layeredArchitecture().consideringOnlyDependenciesInLayers()
			.layer("config")
			.definedBy(root + ".config..")
			.layer("upstream")
			.definedBy(root + ".upstream..")
			.layer("error")
			.definedBy(root + ".error..")
			.layer("web")
			.definedBy(root + ".web..")
			.layer("auth")
			.definedBy(root + ".auth..")
			.layer("drift")
			.definedBy(root + ".drift..")
			.layer("graphql schema")
			.definedBy(root + ".graphql.schema..")
			.layer("graphql")
			.definedBy(root + ".graphql")
			.layer("graphql transport")
			.definedBy(root + ".graphql.transport..")
			.layer("rest")
			.definedBy(root + ".rest..")
			.layer("docs")
			.definedBy(root + ".docs..")
			.layer("health")
			.definedBy(root + ".health..")
			.whereLayer("rest")
			.mayNotBeAccessedByAnyLayer()
			.whereLayer("graphql transport")
			.mayNotBeAccessedByAnyLayer()
			.whereLayer("docs")
			.mayNotBeAccessedByAnyLayer()
			.whereLayer("health")
			.mayNotBeAccessedByAnyLayer()
			.whereLayer("graphql")
			.mayOnlyBeAccessedByLayers("graphql transport")
			.whereLayer("graphql schema")
			.mayOnlyBeAccessedByLayers("graphql", "graphql transport")
			.whereLayer("auth")
			.mayOnlyBeAccessedByLayers("rest")
			.whereLayer("drift")
			.mayOnlyBeAccessedByLayers("rest")
			.whereLayer("web")
			.mayOnlyBeAccessedByLayers("auth", "rest", "graphql", "graphql transport")
			.whereLayer("error")
			.mayOnlyBeAccessedByLayers("web", "auth", "rest")
			.whereLayer("upstream")
			.mayOnlyBeAccessedByLayers("error", "web", "auth", "graphql", "rest", "docs", "health")
			.whereLayer("config")
			.mayOnlyBeAccessedByLayers("upstream", "web", "auth", "graphql", "graphql transport", "rest", "docs");
	}

}
