package org.mauticapi.bench;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.mauticapi.contract.MauticApiContract;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link HiveReadableSpec}.
 */
class HiveReadableSpecTests {

	private static final JsonNode SPEC = MauticApiContract.load().document();

	@Test
	void makesEachArrayLevelAllOfTheArraysItems() {
		HiveReadableSpec spec = HiveReadableSpec.of(SPEC);

		JsonNode readable = JsonMapper.shared().readTree(spec.json());

		assertThat(spec.inlined()).isPositive();
		assertThat(readable.at("/components/schemas/ContactIndexList/allOf").isMissingNode()).isTrue();
		assertThat(readable.at("/components/schemas/ContactIndexList/items"))
			.isEqualTo(SPEC.at("/components/schemas/ContactIndexList/allOf/0/items"));
	}

	@Test
	void leavesTheRestOfTheSpecAsItIs() {
		JsonNode readable = JsonMapper.shared().readTree(HiveReadableSpec.of(SPEC).json());

		assertThat(readable.get("paths")).isEqualTo(SPEC.get("paths"));
		assertThat(readable.at("/components/schemas/Contact")).isEqualTo(SPEC.at("/components/schemas/Contact"));
		assertThat(SPEC.at("/components/schemas/ContactIndexList/allOf").isMissingNode()).isFalse();
	}

}
