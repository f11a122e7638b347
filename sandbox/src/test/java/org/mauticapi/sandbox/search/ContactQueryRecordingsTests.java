package org.mauticapi.sandbox.search;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Replays every recorded {@code GET /api/contacts} against {@link ContactQuery} on the
 * recorded data set.
 */
class ContactQueryRecordingsTests {

	/**
	 * Ties MariaDB broke in another order than by id: with {@code select[]} and a small
	 * limit (149-151: 1, 8, 3...) and through the tag join (237: 19, 35, 20, 36, 21).
	 */
	private static final Set<Integer> TIES_IN_STORAGE_ORDER = Set.of(149, 150, 151, 237);

	/**
	 * {@code select[]} without {@code id} (500) is the serialiser's check, not a
	 * selection one.
	 */
	private static final Set<Integer> NOT_SELECTION = Set.of(147);

	static Stream<Recording> successes() {
		return recordings().filter((recording) -> recording.status() == 200)
			.filter((recording) -> !TIES_IN_STORAGE_ORDER.contains(recording.number()));
	}

	static Stream<Recording> failures() {
		return recordings().filter((recording) -> recording.status() == 500);
	}

	static Stream<Recording> tiesInStorageOrder() {
		return recordings().filter((recording) -> TIES_IN_STORAGE_ORDER.contains(recording.number()));
	}

	private static Stream<Recording> recordings() {
		return Recording.of("GET /contacts", "contacts")
			.filter((recording) -> !NOT_SELECTION.contains(recording.number()));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("successes")
	void selectsTheRecordedContactsInTheRecordedOrder(Recording recording) {
		QueryResult<FixtureContact> result = run(recording);

		assertThat(result.total()).isEqualTo(recording.total());
		assertThat(ids(result)).containsExactlyElementsOf(recording.ids());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("failures")
	void failsWhereMauticAnswers500(Recording recording) {
		assertThatExceptionOfType(MauticQueryException.class).isThrownBy(() -> run(recording));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("tiesInStorageOrder")
	void selectsTheRecordedTotalAndPageSizeWhenMariaDbOrderedTiesItsOwnWay(Recording recording) {
		QueryResult<FixtureContact> result = run(recording);

		assertThat(result.total()).isEqualTo(recording.total());
		assertThat(result.page()).hasSameSizeAs(recording.ids());
		assertThat(ids(result).get(0)).isEqualTo(recording.ids().get(0));
	}

	private static QueryResult<FixtureContact> run(Recording recording) {
		return ContactQuery.parse(recording.query())
			.run(RecordedDataSet.contactsAt(recording.number()), RecordedDataSet.fields(), RecordedDataSet.ADMIN);
	}

	private static List<Long> ids(QueryResult<FixtureContact> result) {
		return result.page().stream().map(FixtureContact::id).toList();
	}

}
