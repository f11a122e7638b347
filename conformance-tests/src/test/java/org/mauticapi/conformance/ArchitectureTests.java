package org.mauticapi.conformance;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.mauticapi.conformance.glue.RunScope;
import org.mauticapi.conformance.run.ConformanceRun;
import org.mauticapi.conformance.run.ScenarioEvents;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The kit's package rules: no cycles, each layer uses only those below it, one hand-over
 * of the run in progress.
 */
class ArchitectureTests {

	private static final JavaClasses KIT = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.mauticapi.conformance");

	@Test
	void packagesHaveNoCycles() {
		slices().matching("org.mauticapi.conformance.(*)..").should().beFreeOfCycles().check(KIT);
	}

	@Test
	void eachLayerUsesOnlyTheLayersBelowIt() {
		layeredArchitecture().consideringOnlyDependenciesInLayers()
			.layer("cli")
			.definedBy("..conformance.cli..")
			.layer("glue")
			.definedBy("..conformance.glue..")
			.layer("run")
			.definedBy("..conformance.run..")
			.layer("report")
			.definedBy("..conformance.report..")
			.layer("ownership")
			.definedBy("..conformance.ownership..")
			.layer("shape")
			.definedBy("..conformance.shape..")
			.layer("http")
			.definedBy("..conformance.http..")
			.whereLayer("cli")
			.mayNotBeAccessedByAnyLayer()
			.whereLayer("glue")
			.mayNotBeAccessedByAnyLayer()
			.whereLayer("run")
			.mayOnlyBeAccessedByLayers("cli", "glue")
			.whereLayer("report")
			.mayOnlyBeAccessedByLayers("cli", "glue", "run")
			.whereLayer("ownership")
			.mayOnlyBeAccessedByLayers("glue", "run")
			.whereLayer("shape")
			.mayOnlyBeAccessedByLayers("glue", "run")
			.check(KIT);
	}

	@Test
	void onlyTheStepsHandOverAndThePluginReadTheRunInProgress() {
		noClasses().that()
			.doNotBelongToAnyOf(RunScope.class, ScenarioEvents.class, ConformanceRun.class)
			.should()
			.callMethod(ConformanceRun.class, "active")
			.check(KIT);
	}

}
