package org.mauticapi.sandbox.segment;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SegmentAliasesTests {

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			VIP customers              | vip-customers
			Minimal segment (replaced) | minimal-segment-replaced
			example.com addresses      | examplecom-addresses
			Créé à Zürich              | cree-a-zurich
			  Trimmed name             | trimmed-name
			""")
	void cleaningMakesMauticsSlug(String text, String slug) {
		assertThat(SegmentAliases.clean(text)).isEqualTo(slug);
	}

	@Test
	void aFreeSlugIsKept() {
		assertThat(SegmentAliases.unique("vip", Set.of("other")::contains)).isEqualTo("vip");
	}

	@Test
	void aTakenSlugCountsUpFromOne() {
		assertThat(SegmentAliases.unique("vip", Set.of("vip", "vip1")::contains)).isEqualTo("vip2");
	}

}
