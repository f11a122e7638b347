package org.mauticapi.sandbox.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The data set of the Mautic 5.1.0 recordings, rebuilt for the list queries: the 8
 * contacts of recordings 017-024 (fields, tags, owners), their companies (025-028), IPs,
 * do-not-contact entries and segment memberships (rebuilt filters plus the manual ones of
 * 045-047), the 32 fillers of 233 (deleted again by 238), the state after the segment
 * scenario (405) and the survivors listed by 424.
 */
final class RecordedDataSet {

	static final long ADMIN = 1;

	private static final String ACME = "Acme Corp";

	private static final String GLOBEX = "Globex Inc";

	private RecordedDataSet() {
	}

	static ContactFieldCatalog fields() {
		return ContactFieldCatalog.core()
			.withField("loyalty_tier", "core")
			.withField("annual_spend", "professional")
			.withField("newsletter_optin", "core")
			.withField("contract_date", "core")
			.withField("favourite_colour", "personal")
			.withField("interests", "core");
	}

	/** The contacts as they were when the recording with this number was made. */
	static List<FixtureContact> contactsAt(int recording) {
		if (recording < 17) {
			return List.of();
		}
		List<FixtureContact> contacts = new ArrayList<>(base());
		if (recording >= 233 && recording < 238) {
			IntStream.rangeClosed(9, 40).forEach((id) -> contacts.add(filler(id)));
		}
		if (recording == 405) {
			contacts.replaceAll((contact) -> List.of(3L, 6L, 7L, 8L).contains(contact.id())
					? contact.segments("minimal-segment-replaced") : contact);
		}
		if (recording >= 424) {
			List.of(41, 42, 43, 45, 46, 47, 48, 49, 51, 52, 53, 54, 56, 57, 58, 61)
				.forEach((id) -> contacts
					.add(FixtureContact.of(id, "2026-11-22 20:28:20").with("email", "later" + id + "@example.net")));
			// Recording 251 created contact 48 with lastActive 2026-10-05 12:30:00.
			contacts.replaceAll(
					(contact) -> (contact.id() == 48) ? contact.with("last_active", "2026-10-05 12:30:00") : contact);
		}
		return contacts;
	}

	static List<FixtureSegment> segments() {
		return List.of(
				new FixtureSegment(1, "VIP customers", "vip-customers", "VIP customers", "Gold and silver tiers", true,
						true, false, ADMIN, "Admin User", null, " ", Instant.parse("2026-11-22T20:28:05Z"), null, null,
						null),
				FixtureSegment.of(2, "UK contacts", "uk-contacts", true, "2026-11-22T20:28:05Z"),
				FixtureSegment.of(3, "example.com addresses", "example-com", true, "2026-11-22T20:28:06Z"),
				new FixtureSegment(4, "High spenders", "high-spenders", "Our best customers", null, true, true, false,
						ADMIN, "Admin User", null, " ", Instant.parse("2026-11-22T20:28:06Z"), null, null, null),
				FixtureSegment.of(5, "Recent contracts", "recent-contracts", true, "2026-11-22T20:28:06Z"),
				FixtureSegment.of(6, "London or Boston newsletter", "london-boston", true, "2026-11-22T20:28:06Z"),
				new FixtureSegment(7, "Conference attendees", "conference-2026", "Conference attendees",
						"Added by hand", true, true, true, ADMIN, "Admin User", null, " ",
						Instant.parse("2026-11-22T20:28:06Z"), null, null, null),
				FixtureSegment.of(8, "Draft segment", "draft-segment", false, "2026-11-22T20:28:06Z"));
	}

	private static List<FixtureContact> base() {
		String added = "2026-11-22 20:28:05";
		return List.of(
				FixtureContact.of(1, "2026-11-22 20:28:04")
					.with("points", 100L)
					.with("last_active", "2026-11-21 08:15:00")
					.with("firstname", "Ada")
					.with("lastname", "Lovelace")
					.with("company", ACME)
					.with("position", "Analyst")
					.with("email", "ada@example.com")
					.with("phone", "+44 20 7946 0018")
					.with("city", "London")
					.with("country", "United Kingdom")
					.with("loyalty_tier", "gold")
					.with("newsletter_optin", true)
					.with("contract_date", "2024-03-15")
					.with("interests", "ai|math")
					.with("twitter", "ada_l")
					.with("annual_spend", 12500.5)
					.with("favourite_colour", "teal")
					.tags("newsletter", "vip")
					.owner(1, "Admin", "User")
					.ips("81.2.69.142")
					.companies(companies(1L, ACME))
					.segments("vip-customers", "uk-contacts", "example-com", "high-spenders", "recent-contracts",
							"london-boston", "conference-2026"),
				FixtureContact.of(2, added)
					.with("points", 60L)
					.with("firstname", "Grace")
					.with("lastname", "Hopper")
					.with("company", GLOBEX)
					.with("email", "grace@example.com")
					.with("phone", "+1 555 0100")
					.with("city", "Arlington")
					.with("country", "United States")
					.with("loyalty_tier", "silver")
					.with("newsletter_optin", false)
					.with("contract_date", "2025-06-01")
					.with("interests", "space")
					.with("annual_spend", 8200.0)
					.with("favourite_colour", "navy blue")
					.tags("navy", "vip")
					.owner(2, "Sam", "Sales")
					.companies(companies(1L, ACME, 2L, GLOBEX))
					.segments("vip-customers", "example-com", "recent-contracts", "conference-2026"),
				FixtureContact.of(3, added)
					.with("points", 12L)
					.with("firstname", "Alan")
					.with("lastname", "Turing")
					.with("company", ACME)
					.with("email", "alan@example.org")
					.with("city", "Manchester")
					.with("country", "United Kingdom")
					.with("loyalty_tier", "bronze")
					.with("contract_date", "2023-02-10")
					.with("interests", "math|ai")
					.with("annual_spend", 450.75)
					.tags("crypto", "math")
					.owner(1, "Admin", "User")
					.companies(companies(1L, ACME))
					.segments("uk-contacts"),
				FixtureContact.of(4, added)
					.with("points", 75L)
					.with("firstname", "Katherine")
					.with("lastname", "Johnson")
					.with("company", GLOBEX)
					.with("email", "katherine@example.com")
					.with("city", "Hampton")
					.with("country", "United States")
					.with("loyalty_tier", "gold")
					.with("newsletter_optin", true)
					.with("contract_date", "2023-11-30")
					.with("interests", "space|math")
					.with("annual_spend", 30100.0)
					.tags("math", "space")
					.owner(2, "Sam", "Sales")
					.companies(companies(2L, GLOBEX))
					.segments("vip-customers", "example-com", "high-spenders", "conference-2026"),
				FixtureContact.of(5, added)
					.with("points", -8L)
					.with("firstname", "Linus")
					.with("lastname", "Torvalds")
					.with("email", "linus@example.net")
					.with("mobile", "+358 40 1234567")
					.with("city", "Helsinki")
					.with("country", "Finland")
					.with("loyalty_tier", "bronze")
					.with("favourite_colour", "penguin black")
					.tags("kernel")
					.doNotContact("email"),
				FixtureContact.of(6, added)
					.with("points", 33L)
					.with("firstname", "Margaret")
					.with("lastname", "Hamilton")
					.with("email", "margaret@example.com")
					.with("mobile", "+1 617 555 0199")
					.with("city", "Boston")
					.with("country", "United States")
					.with("loyalty_tier", "silver")
					.with("newsletter_optin", true)
					.with("contract_date", "2024-07-20")
					.with("annual_spend", 15000.0)
					.tags("apollo", "space")
					.owner(1, "Admin", "User")
					.doNotContact("email", "sms")
					.segments("vip-customers", "example-com", "high-spenders", "recent-contracts", "london-boston"),
				FixtureContact.of(7, added)
					.with("points", 20L)
					.with("firstname", "Tim")
					.with("lastname", "Berners-Lee")
					.with("company", GLOBEX)
					.with("position", "Director")
					.with("email", "tim@example.org")
					.with("city", "London")
					.with("country", "United Kingdom")
					.with("website", "https://www.w3.org")
					.with("newsletter_optin", true)
					.with("annual_spend", 5000.0)
					.tags("web")
					.owner(2, "Sam", "Sales")
					.companies(companies(2L, GLOBEX))
					.doNotContact("email")
					.segments("uk-contacts", "london-boston", "conference-2026"),
				FixtureContact.of(8, added)
					.with("points", 3L)
					.with("city", "Paris")
					.with("date_identified", null)
					.tags("visitor")
					.ips("203.0.113.7"));
	}

	private static FixtureContact filler(int id) {
		String number = String.format("%02d", id - 8);
		return FixtureContact.of(id, "2026-11-22 20:28:18")
			.with("firstname", "Filler")
			.with("lastname", number)
			.with("email", "filler" + number + "@example.net")
			.tags("filler");
	}

	private static Map<Long, String> companies(Object... idsAndNames) {
		Map<Long, String> companies = new LinkedHashMap<>();
		for (int i = 0; i < idsAndNames.length; i += 2) {
			companies.put((Long) idsAndNames[i], (String) idsAndNames[i + 1]);
		}
		return companies;
	}

}
