package org.mauticapi.sandbox.activity;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link NaturalOrder}.
 */
class NaturalOrderTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "Manual change / -3|Manual change / -24", "Manual change / -98|Manual change / 10",
					"add (+) / 2|add (+) / 5", "UTM Campaign|Unsubscribed",
					"Contact added to segment, VIP|Contact added to segment, example", "item 007|item 8", "abc|abcd" })
	void sortsLikePhpStrnatcmp(String first, String second) {
		assertThat(NaturalOrder.INSTANCE.compare(first, second)).isNegative();
		assertThat(NaturalOrder.INSTANCE.compare(second, first)).isPositive();
	}

}
