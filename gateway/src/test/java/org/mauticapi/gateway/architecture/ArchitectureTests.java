package org.mauticapi.gateway.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway's package rules ({@link GatewayRules}) hold, and they catch what they are
 * there to catch: a fixture with a cycle and one with a forbidden import fail them.
 */
class ArchitectureTests {

	private static final String GATEWAY = "org.mauticapi.gateway";

	private static final String FIXTURE = "org.mauticapi.gateway.architecture.fixture";

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages(GATEWAY);

	@Test
	void packagesHaveNoCycles() {
		GatewayRules.noCycles(GATEWAY).check(CLASSES);
	}

	@Test
	void eachPackageUsesOnlyThePackagesBelowIt() {
		GatewayRules.layers(GATEWAY).check(CLASSES);
	}

	@Test
	void theGatewayKnowsNoSandboxAndNoGeneratedServerCode() {
		noClasses().should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.mauticapi.sandbox..", "org.mauticapi.demo..", "org.mauticapi.spec.server..")
			.check(CLASSES);
	}

	@Test
	void noStandardStreamsNoJavaUtilLoggingNoGenericExceptions() {
		NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(CLASSES);
		NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.check(CLASSES);
		NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS.check(CLASSES);
	}

	@Test
	void aCycleBetweenTwoPackagesFails() {
		JavaClasses fixture = new ClassFileImporter().importPackages(FIXTURE + ".rest", FIXTURE + ".web");

		assertThat(GatewayRules.noCycles(FIXTURE).evaluate(fixture).getFailureReport().getDetails())
			.anySatisfy((detail) -> assertThat(detail).contains("Cycle detected", "rest", "web"));
	}

	@Test
	void settingsThatImportTheUpstreamFail() {
		JavaClasses fixture = new ClassFileImporter().importPackages(FIXTURE + ".config", FIXTURE + ".upstream");

		assertThat(GatewayRules.layers(FIXTURE).evaluate(fixture).getFailureReport().getDetails())
			.anySatisfy((detail) -> assertThat(detail).contains("fixture.config.Settings", "fixture.upstream.Client"));
	}

}
