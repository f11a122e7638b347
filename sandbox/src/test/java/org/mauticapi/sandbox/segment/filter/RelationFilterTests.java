package org.mauticapi.sandbox.segment.filter;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Filters on tags, segment membership, owner, do-not-contact entries, companies, and
 * filters that cannot be evaluated.
 */
class RelationFilterTests {

	@ParameterizedTest(name = "tags {0} {1} with tag ids {2} -> {3}")
	@CsvSource(delimiter = ';', textBlock = """
			in     ; ["1","3"] ; 1,2 ; true
			in     ; ["3"]     ; 1,2 ; false
			in     ; [3, 1]    ; 1   ; true
			=      ; ["1"]     ; 1   ; true
			!in    ; ["1"]     ; 2   ; true
			!in    ; ["1"]     ; ''  ; true
			!in    ; ["1","2"] ; 2   ; false
			empty  ; null      ; ''  ; true
			empty  ; null      ; 2   ; false
			!empty ; null      ; 2   ; true
			in     ; ["vip"]   ; 1   ; false
			like   ; "%1%"     ; 1   ; false
			""")
	void tagFiltersHoldTagIds(String operator, String value, String tagIds, boolean expected) {
		TestContact contact = TestContact.of(1).withTags(ids(tagIds));

		boolean matches = FilterJson.matches(FilterJson.filter("tags", "tags", operator, value), contact);

		assertThat(matches).isEqualTo(expected);
	}

	@ParameterizedTest(name = "leadlist {0} {1} with segments {2} -> {3}")
	@CsvSource(delimiter = ';', textBlock = """
			in    ; ["1"]     ; 1   ; true
			in    ; ["2","3"] ; 1   ; false
			in    ; 1         ; 1   ; true
			!in   ; ["1"]     ; 1   ; false
			!in   ; ["1"]     ; 2   ; true
			!in   ; ["1"]     ; ''  ; true
			empty ; null      ; ''  ; false
			""")
	void segmentMembershipFiltersHoldSegmentIds(String operator, String value, String segmentIds, boolean expected) {
		TestContact contact = TestContact.of(1).withSegments(ids(segmentIds));

		boolean matches = FilterJson.matches(FilterJson.filter("leadlist", "leadlist", operator, value), contact);

		assertThat(matches).isEqualTo(expected);
	}

	@ParameterizedTest(name = "owner_id {0} {1} with owner {2} -> {3}")
	@CsvSource(delimiter = ';', nullValues = "NULL", textBlock = """
			=      ; "2"  ; 2    ; true
			=      ; "2"  ; 1    ; false
			=      ; "2"  ; NULL ; false
			!=     ; "2"  ; NULL ; true
			!=     ; "2"  ; 1    ; true
			empty  ; null ; NULL ; true
			!empty ; null ; 1    ; true
			""")
	void ownerFiltersCompareTheOwnersId(String operator, String value, @Nullable Long owner, boolean expected) {
		TestContact contact = TestContact.of(1).withOwner(owner);

		boolean matches = FilterJson.matches(FilterJson.filter("owner_id", "lookup_id", operator, value), contact);

		assertThat(matches).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0} {1} {2} with {3} reason {4} -> {5}")
	@CsvSource(delimiter = ';', nullValues = "NULL", textBlock = """
			dnc_bounced          ; =  ; 1   ; email ; 2    ; true
			dnc_bounced          ; =  ; 1   ; email ; 1    ; false
			dnc_bounced          ; =  ; 1   ; sms   ; 2    ; false
			dnc_bounced          ; =  ; 0   ; email ; NULL ; true
			dnc_bounced          ; =  ; "0" ; email ; 2    ; false
			dnc_bounced          ; != ; 1   ; email ; NULL ; true
			dnc_bounced          ; != ; 0   ; email ; 2    ; true
			dnc_unsubscribed     ; =  ; "1" ; email ; 1    ; true
			dnc_unsubscribed_sms ; =  ; 1   ; sms   ; 1    ; true
			dnc_bounced_sms      ; =  ; 1   ; sms   ; 2    ; true
			dnc_manual_email     ; =  ; 1   ; email ; 3    ; true
			dnc_manual_sms       ; =  ; 1   ; sms   ; 3    ; true
			dnc_sulking          ; =  ; 1   ; email ; 1    ; false
			dnc_bounced          ; in ; [1] ; email ; 2    ; false
			""")
	void doNotContactFiltersAskForOneReasonOnOneChannel(String field, String operator, String value, String channel,
			@Nullable Integer reason, boolean expected) {
		TestContact contact = (reason != null) ? TestContact.of(1).withDoNotContact(channel, reason)
				: TestContact.of(1);

		boolean matches = FilterJson.matches(FilterJson.filter(field, "boolean", operator, value), contact);

		assertThat(matches).isEqualTo(expected);
	}

	@ParameterizedTest(name = "companyname {0} {1} with companies {2} -> {3}")
	@CsvSource(delimiter = ';', textBlock = """
			=      ; "acme corp"   ; Acme Corp,Globex Inc ; true
			=      ; "Initech"     ; Acme Corp,Globex Inc ; false
			=      ; "Acme Corp"   ; ''                   ; false
			!=     ; "Acme Corp"   ; Acme Corp,Globex Inc ; true
			!=     ; "Acme Corp"   ; Acme Corp            ; false
			!=     ; "Acme Corp"   ; ''                   ; true
			empty  ; null          ; ''                   ; true
			like   ; "%corp"       ; Globex Inc,Acme Corp ; true
			""")
	void companyFiltersHoldWhenOneCompanyMatches(String operator, String value, String companies, boolean expected) {
		TestContact contact = TestContact.of(1);
		for (String name : companies.isEmpty() ? new String[0] : companies.split(",")) {
			Map<String, @Nullable Object> company = new HashMap<>();
			company.put("companyname", name);
			contact = contact.withCompany(company);
		}
		String filter = "[" + FilterJson.node("and", "company", "companyname", "text", operator, value) + "]";

		boolean matches = FilterJson.matches(FilterJson.parse(filter), contact);

		assertThat(matches).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0}/{1} {2} {3} -> nobody")
	@CsvSource(delimiter = ';', textBlock = """
			lead      ; no_such_field ; text ; empty
			company   ; no_such_field ; text ; empty
			behaviors ; url_title     ; text ; empty
			behaviors ; hit_url       ; text ; !empty
			lead      ; stage         ; stage ; empty
			""")
	void filtersThatCannotBeEvaluatedMatchNobody(String object, String field, String type, String operator) {
		String filter = "[" + FilterJson.node("and", object, field, type, operator, "null") + "]";

		boolean matches = FilterJson.matches(FilterJson.parse(filter), TestContact.of(1));

		assertThat(matches).isFalse();
	}

	@Test
	void idFilterComparesTheContactsId() {
		boolean matches = FilterJson.matches(FilterJson.filter("id", "number", "gte", "\"5\""), TestContact.of(5));

		assertThat(matches).isTrue();
	}

	private static Long[] ids(String list) {
		return list.isEmpty() ? new Long[0] : Arrays.stream(list.split(",")).map(Long::valueOf).toArray(Long[]::new);
	}

}
