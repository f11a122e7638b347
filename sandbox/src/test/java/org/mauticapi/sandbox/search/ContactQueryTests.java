package org.mauticapi.sandbox.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Tests for {@link ContactQuery} beyond the recordings: behaviours read from Mautic's
 * code.
 */
class ContactQueryTests {

	static List<Arguments> searches() {
		return List.of(
				arguments(Named.of("two tag commands test the same tag row", "tag:spa tag:space"), List.of(4L, 6L)),
				arguments(Named.of("two tags on different rows match nobody", "tag:space tag:math"), List.of()),
				arguments(Named.of("company and company_id test the same company row", "company:acme company_id:2"),
						List.of()),
				arguments(Named.of("a repeated segment in common: is never counted twice",
						"common:vip-customers+vip-customers"), List.of()),
				arguments(Named.of("segment commands constrain the whole query, even with or",
						"segment:uk-contacts or segment:london-boston"), List.of(1L, 7L)),
				arguments(Named.of("ids: ignores the negation", "!ids:1"), List.of(1L)),
				arguments(Named.of("!is:anonymous", "!is:anonymous"), List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L)),
				arguments(Named.of("is:unowned negated needs an owner", "!is:unowned"),
						List.of(1L, 2L, 3L, 4L, 6L, 7L)),
				arguments(Named.of("dnc: by channel", "dnc:sms"), List.of(6L)),
				arguments(Named.of("dnc:any", "dnc:any"), List.of(5L, 6L, 7L)),
				arguments(Named.of("a field command is a prefix match", "city:lon"), List.of(1L, 7L)),
				arguments(Named.of("a strict word matches a whole value", "+ada"), List.of(1L)),
				arguments(Named.of("a strict word does not match a part", "+lovelac"), List.of()),
				arguments(Named.of("a negated word needs every searched column to be set", "!ada"), List.of()),
				arguments(Named.of("the glue of a group comes from its second term", "ada linus or grace"), List.of()));
	}

	@ParameterizedTest
	@MethodSource("searches")
	void searchesAsMauticsQueriesDo(String search, List<Long> expected) {
		QueryResult<FixtureContact> result = run(query("search", search, "limit", "0"));

		assertThat(ids(result)).containsExactlyElementsOf(expected);
	}

	@Test
	void negatedTagKeepsUntaggedContactsAndDropsThoseWithOnlyMatchingTags() {
		List<FixtureContact> contacts = new ArrayList<>(RecordedDataSet.contactsAt(137));
		contacts.add(FixtureContact.of(9, "2026-11-22 20:30:00").tags("vip-gold"));
		contacts.add(FixtureContact.of(10, "2026-11-22 20:30:00"));

		QueryResult<FixtureContact> result = ContactQuery.parse(query("search", "!tag:vip", "limit", "0"))
			.run(contacts, RecordedDataSet.fields(), RecordedDataSet.ADMIN);

		assertThat(ids(result)).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 10L);
	}

	@Test
	void comparesWhereValuesHtmlEscapedExceptInLists() {
		List<FixtureContact> contacts = List
			.of(FixtureContact.of(1, "2026-11-22 20:28:04").with("lastname", "O'Brien"));
		Map<String, List<String>> eq = query("where[0][col]", "lastname", "where[0][expr]", "eq", "where[0][val]",
				"O'Brien");
		Map<String, List<String>> in = query("where[0][col]", "lastname", "where[0][expr]", "in", "where[0][val]",
				"O'Brien,X");

		assertThat(ContactQuery.parse(eq).run(contacts, RecordedDataSet.fields(), 1).total()).isZero();
		assertThat(ContactQuery.parse(in).run(contacts, RecordedDataSet.fields(), 1).total()).isOne();
	}

	@Test
	void findsZeroPointsEmptyAsMysqlReadsAnEmptyStringAsZero() {
		QueryResult<FixtureContact> result = run(query("where[0][col]", "points", "where[0][expr]", "isEmpty"));

		assertThat(result.total()).isZero();
		assertThat(ContactQuery.parse(query("where[0][col]", "points", "where[0][expr]", "isEmpty"))
			.run(RecordedDataSet.contactsAt(234), RecordedDataSet.fields(), 1)
			.total()).isEqualTo(32);
	}

	@Test
	void translatesOrmPropertyNamesInWhereOnly() {
		QueryResult<FixtureContact> result = run(
				query("where[0][col]", "dateAdded", "where[0][expr]", "lt", "where[0][val]", "2026-11-22 20:28:05"));

		assertThat(ids(result)).containsExactly(1L);
	}

	@Test
	void ignoresAnUnknownExpressionEvenOnAnUnknownColumn() {
		QueryResult<FixtureContact> result = run(
				query("where[0][col]", "nosuchcolumn", "where[0][expr]", "soundsLike"));

		assertThat(result.total()).isEqualTo(8);
	}

	@Test
	void combinesOrXAndAndXClauses() {
		QueryResult<FixtureContact> result = run(query("where[0][expr]", "andX", "where[0][val][0][col]", "country",
				"where[0][val][0][expr]", "eq", "where[0][val][0][val]", "united kingdom", "where[0][val][1][col]",
				"l.points", "where[0][val][1][expr]", "lt", "where[0][val][1][val]", "50"));

		assertThat(ids(result)).containsExactly(3L, 7L);
	}

	@Test
	void ignoresStartWhenThereIsNoLimit() {
		QueryResult<FixtureContact> result = run(query("start", "5", "limit", "0"));

		assertThat(result.page()).hasSize(8);
	}

	@Test
	void ordersByCommaSeparatedColumns() {
		QueryResult<FixtureContact> result = run(
				query("orderBy", "country,lastname", "orderByDir", "desc", "limit", "3"));

		assertThat(ids(result)).containsExactly(4L, 2L, 6L);
	}

	@Test
	void skipsOrderAndPagingErrorsWhenNothingMatches() {
		QueryResult<FixtureContact> result = run(query("search", "zzz", "orderBy", "nosuchcolumn", "limit", "-1"));

		assertThat(result.total()).isZero();
	}

	@ParameterizedTest
	@ValueSource(strings = { "order[0][col]=email&order[0][dir]=sideways", "orderBy=email,", "search[]=ada",
			"where[0]=email", "where[0][col]=email&where[0][expr]=eq&where[0][val][]=a", "orderBy=u.first_name" })
	void failsWhereMauticsSqlWouldFail(String queryString) {
		Map<String, List<String>> query = new LinkedHashMap<>();
		for (String pair : queryString.split("&")) {
			String[] nameAndValue = pair.split("=", 2);
			query.computeIfAbsent(nameAndValue[0], (name) -> new ArrayList<>()).add(nameAndValue[1]);
		}

		assertThatExceptionOfType(MauticQueryException.class).isThrownBy(() -> run(query));
	}

	private static QueryResult<FixtureContact> run(Map<String, List<String>> query) {
		return ContactQuery.parse(query)
			.run(RecordedDataSet.contactsAt(137), RecordedDataSet.fields(), RecordedDataSet.ADMIN);
	}

	static Map<String, List<String>> query(String... namesAndValues) {
		Map<String, List<String>> query = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			query.computeIfAbsent(namesAndValues[i], (name) -> new ArrayList<>()).add(namesAndValues[i + 1]);
		}
		return query;
	}

	private static List<Long> ids(QueryResult<FixtureContact> result) {
		return result.page().stream().map(FixtureContact::id).toList();
	}

}
