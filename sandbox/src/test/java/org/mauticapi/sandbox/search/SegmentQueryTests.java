package org.mauticapi.sandbox.search;

import java.util.List;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Tests for {@link SegmentQuery} beyond the recordings.
 */
class SegmentQueryTests {

	static List<Arguments> searches() {
		return List.of(arguments(Named.of("name: ignores the negation", "!name:vip"), List.of(1L)),
				arguments(Named.of("is:unpublished", "is:unpublished"), List.of(8L)),
				arguments(Named.of("!is:published", "!is:published"), List.of(8L)),
				arguments(Named.of("is:mine", "is:mine"), List.of(7L, 8L, 3L, 4L, 6L, 5L, 2L, 1L)),
				arguments(Named.of("ids:", "ids:2,4"), List.of(4L, 2L)),
				arguments(Named.of("!ids:", "!ids:2,3,4,5,6,7,8"), List.of(1L)),
				arguments(Named.of("category: without categories", "category:news"), List.of()),
				arguments(Named.of("free text over the alias", "boston"), List.of(6L)),
				arguments(Named.of("unsupported is: command", "is:uncategorized"), List.of()));
	}

	@ParameterizedTest
	@MethodSource("searches")
	void searchesAsMauticsSegmentRepositoryDoes(String search, List<Long> expected) {
		QueryResult<FixtureSegment> result = SegmentQuery.parse(ContactQueryTests.query("search", search))
			.run(RecordedDataSet.segments(), RecordedDataSet.ADMIN);

		assertThat(result.page().stream().map(FixtureSegment::id).toList()).containsExactlyElementsOf(expected);
	}

	@Test
	void comparesPropertyDatesAsSqlText() {
		QueryResult<FixtureSegment> result = SegmentQuery
			.parse(ContactQueryTests.query("where[0][col]", "dateAdded", "where[0][expr]", "lt", "where[0][val]",
					"2026-11-22 20:28:06", "orderBy", "id"))
			.run(RecordedDataSet.segments(), RecordedDataSet.ADMIN);

		assertThat(result.page().stream().map(FixtureSegment::id).toList()).containsExactly(1L, 2L);
	}

	@Test
	void refusesColumnNamesInsteadOfProperties() {
		SegmentQuery query = SegmentQuery.parse(ContactQueryTests.query("orderBy", "date_added"));

		assertThatExceptionOfType(MauticQueryException.class)
			.isThrownBy(() -> query.run(RecordedDataSet.segments(), RecordedDataSet.ADMIN));
	}

	@Test
	void failsOnBadPagingEvenWithoutSegments() {
		SegmentQuery query = SegmentQuery.parse(ContactQueryTests.query("limit", "-1"));

		assertThatExceptionOfType(MauticQueryException.class)
			.isThrownBy(() -> query.run(List.of(), RecordedDataSet.ADMIN));
	}

}
