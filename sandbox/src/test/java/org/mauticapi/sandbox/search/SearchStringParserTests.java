package org.mauticapi.sandbox.search;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Tests for {@link SearchStringParser}.
 */
class SearchStringParserTests {

	@Test
	void readsOrAsTheGlueOfTheNextTermInAnyCase() {
		SearchString search = SearchStringParser.parse("Ada OR Linus");

		assertThat(search.filters()).extracting(SearchFilter::string).containsExactly("ada", "linus");
		assertThat(SearchFilter.isOr(search.filters())).isTrue();
	}

	@Test
	void keepsAQuotedPhraseAsOneTermAndLeavesAnEmptyTermBehindIt() {
		SearchString search = SearchStringParser.parse("country:\"United States\"");

		assertThat(search.filters()).extracting(SearchFilter::command, SearchFilter::string)
			.containsExactly(tuple("country", "united states"), tuple("", ""));
	}

	@Test
	void readsNegationAndStrictness() {
		List<SearchFilter> filters = SearchStringParser.parse("!tag:vip +exact !word").filters();

		assertThat(filters)
			.extracting(SearchFilter::command, SearchFilter::string, SearchFilter::not, SearchFilter::strict)
			.containsExactly(tuple("tag", "vip", true, false), tuple("", "exact", false, true),
					tuple("", "word", true, false));
	}

	@Test
	void givesTheChildrenOfAGroupTheGroupsCommand() {
		List<SearchFilter> filters = SearchStringParser.parse("tag:(vip web)").filters();

		assertThat(filters.get(0).children()).extracting(SearchFilter::command, SearchFilter::string)
			.containsExactly(tuple("tag", "vip"), tuple("tag", "web"));
	}

	@Test
	void dropsACommandWithoutValue() {
		assertThat(SearchStringParser.parse("tag:").filters()).isEmpty();
	}

	@Test
	void recordsTheStatusOfTopLevelCommands() {
		SearchString search = SearchStringParser.parse("!tag:a tag:b !company:c is:mine");

		assertThat(search.commands()).containsEntry("tag", SearchString.NEUTRAL)
			.containsEntry("company", SearchString.NEGATE)
			.containsEntry("is:mine", SearchString.POSIT);
	}

	@Test
	void failsLikePhpWhenATermIsWrittenAfterAnEmptyPhrase() {
		assertThatExceptionOfType(MauticQueryException.class).isThrownBy(() -> SearchStringParser.parse("\"\" abc"));
	}

}
