package org.mauticapi.gateway.upstream;

import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the size of the {@link AnswerBudget} that {@link UpstreamConfiguration}
 * makes.
 */
class AnswerBudgetSizeTests {

	private static final long MB = 1024 * 1024;

	@Test
	void unsetIsAThirdOfTheHeapAtMost256Megabytes() {
		assertThat(UpstreamConfiguration.answerBudgetBytes(null, 192 * MB)).isEqualTo(64 * MB);
		assertThat(UpstreamConfiguration.answerBudgetBytes(null, 6144 * MB)).isEqualTo(256 * MB);
	}

	@Test
	void aSettingWithinAThirdOfTheHeapIsKept() {
		assertThat(UpstreamConfiguration.answerBudgetBytes(DataSize.ofMegabytes(1), 192 * MB)).isEqualTo(MB);
		assertThat(UpstreamConfiguration.answerBudgetBytes(DataSize.ofMegabytes(512), 6144 * MB)).isEqualTo(512 * MB);
	}

	@Test
	void aSettingBeyondAThirdOfTheHeapIsHeldToIt() {
		assertThat(UpstreamConfiguration.answerBudgetBytes(DataSize.ofMegabytes(256), 192 * MB)).isEqualTo(64 * MB);
	}

}
