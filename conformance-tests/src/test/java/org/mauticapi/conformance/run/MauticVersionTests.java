package org.mauticapi.conformance.run;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Tests for {@link MauticVersion}. */
class MauticVersionTests {

	@Test
	void comparesByNumbersWithMissingPartsAsZero() {
		MauticVersion needed = MauticVersion.parse("5.1").orElseThrow();

		assertThat(MauticVersion.parse("5.1.0").orElseThrow().isAtLeast(needed)).isTrue();
		assertThat(MauticVersion.parse("5.10.2").orElseThrow().isAtLeast(needed)).isTrue();
		assertThat(MauticVersion.parse("5.0.9").orElseThrow().isAtLeast(needed)).isFalse();
		assertThat(MauticVersion.parse("4.4.20-beta").orElseThrow().isAtLeast(needed)).isFalse();
	}

	@Test
	void readsNoVersionFromTextWithoutNumbers() {
		assertThat(MauticVersion.parse("unknown")).isEmpty();
	}

	@Test
	void equalVersionsHaveEqualHashCodes() {
		assertThat(MauticVersion.parse("5.1").orElseThrow()).isEqualTo(MauticVersion.parse("5.1.0").orElseThrow())
			.hasSameHashCodeAs(MauticVersion.parse("5.1.0").orElseThrow());
	}

}
