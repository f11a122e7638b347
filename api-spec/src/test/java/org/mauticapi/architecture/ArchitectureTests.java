package org.mauticapi.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

/**
 * The spec module's package rules: {@code php} (PHP's reading of requests) knows nothing
 * else, {@code contract} builds on it, the hand-written client on both and on the
 * generated one; what is generated depends on nothing hand-written, and no module's
 * internals (gateway, sandbox, kit) leak in.
 */
class ArchitectureTests {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.mauticapi");

	@Test
	void eachPackageUsesOnlyThePackagesBelowIt() {
		layeredArchitecture().consideringOnlyDependenciesInLayers()
			.layer("php")
			.definedBy("org.mauticapi.php..")
			.layer("contract")
			.definedBy("org.mauticapi.contract..")
			.layer("client")
			.definedBy("org.mauticapi.client..")
			.layer("generated")
			.definedBy("org.mauticapi.spec..")
			.whereLayer("client")
			.mayNotBeAccessedByAnyLayer()
			.whereLayer("contract")
			.mayOnlyBeAccessedByLayers("client")
			.whereLayer("php")
			.mayOnlyBeAccessedByLayers("contract", "client")
			.whereLayer("generated")
			.mayOnlyBeAccessedByLayers("client")
			.check(CLASSES);
	}

	@Test
	void theContractKnowsNoGatewaySandboxOrKit() {
		noClasses().should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.mauticapi.gateway..", "org.mauticapi.sandbox..", "org.mauticapi.conformance..",
					"org.mauticapi.demo..")
			.check(CLASSES);
	}

	@Test
	void noStandardStreams() {
		// The generated client's debug output is openapi-generator's, not ours.
		NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(CLASSES.that(not(resideInAPackage("org.mauticapi.spec.."))));
	}

}
