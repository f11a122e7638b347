package org.mauticapi.sandbox.search;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Replays every recorded {@code GET /api/segments} against {@link SegmentQuery} on the
 * recorded segments.
 */
class SegmentQueryRecordingsTests {

	static Stream<Recording> successes() {
		return Recording.of("GET /segments", "lists").filter((recording) -> recording.status() == 200);
	}

	static Stream<Recording> failures() {
		return Recording.of("GET /segments", "lists").filter((recording) -> recording.status() == 500);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("successes")
	void selectsTheRecordedSegmentsInTheRecordedOrder(Recording recording) {
		QueryResult<FixtureSegment> result = run(recording);

		assertThat(result.total()).isEqualTo(recording.total());
		assertThat(result.page().stream().map(FixtureSegment::id).toList()).containsExactlyElementsOf(recording.ids());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("failures")
	void failsWhereMauticAnswers500(Recording recording) {
		assertThatExceptionOfType(MauticQueryException.class).isThrownBy(() -> run(recording));
	}

	private static QueryResult<FixtureSegment> run(Recording recording) {
		List<FixtureSegment> segments = (recording.number() < 37) ? List.of() : RecordedDataSet.segments();
		return SegmentQuery.parse(recording.query()).run(segments, RecordedDataSet.ADMIN);
	}

}
