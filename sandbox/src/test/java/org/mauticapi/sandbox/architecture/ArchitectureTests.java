package org.mauticapi.sandbox.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The sandbox's package rules: its feature packages form no cycle, and it stands on the
 * contract module alone, never on the gateway or the kit it serves.
 */
class ArchitectureTests {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.mauticapi.sandbox");

	@Test
	void featurePackagesHaveNoCycles() {
		slices().matching("org.mauticapi.sandbox.(*)..").should().beFreeOfCycles().check(CLASSES);
	}

	@Test
	void theSandboxKnowsNoGatewayAndNoKit() {
		noClasses().should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.mauticapi.gateway..", "org.mauticapi.demo..", "org.mauticapi.conformance..")
			.check(CLASSES);
	}

	@Test
	void noStandardStreamsNoJavaUtilLogging() {
		NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(CLASSES);
		NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.check(CLASSES);
	}

}
