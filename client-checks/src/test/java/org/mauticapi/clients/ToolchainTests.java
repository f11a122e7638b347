package org.mauticapi.clients;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Tests for {@link Toolchain}.
 */
class ToolchainTests {

	@Test
	void presentProgramGivesItsVersion() {
		String version = Toolchain.require(List.of("java", "-version"), "a JDK", "to run these tests");

		assertThat(version).isNotBlank();
	}

	@Test
	void missingProgramSaysWhatToInstallAndWhatFor() {
		Class<? extends Throwable> expected = Toolchain.mustRun() ? AssertionError.class : TestAbortedException.class;

		assertThatThrownBy(() -> Toolchain.require(List.of("no-such-program-xyz", "--version"), "Node.js 20",
				"to compile the TypeScript client"))
			.isInstanceOf(expected)
			.hasMessageStartingWith("Node.js 20 is needed to compile the TypeScript client and was not found (")
			.hasMessageContaining("-Dclient-checks.required=true");
	}

}
