package org.mauticapi.sandbox.seed;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The demo set's contacts: believable people (and a few anonymous visitors) created with
 * batch calls of at most 200, with bodies shaped like the create recordings (017-024),
 * then linked to their companies as in recording 025.
 */
final class DemoContacts {

	static final int BATCH_LIMIT = 200;

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	private final DemoDice dice;

	private final Set<String> emails = new HashSet<>();

	DemoContacts(DemoDice dice) {
		this.dice = dice;
	}

	List<DemoContact> addTo(List<SeedRequest> requests, int count) {
		List<DemoContact> contacts = new ArrayList<>();
		ArrayNode batch = JSON.arrayNode();
		for (int id = 1; id <= count; id++) {
			ObjectNode body = batch.addObject();
			contacts.add((id % 20 == 0) ? visitor(id, body) : person(id, body));
			if (batch.size() == BATCH_LIMIT || id == count) {
				requests.add(SeedRequest.post("/api/contacts/batch/new", batch));
				batch = JSON.arrayNode();
			}
		}
		addCompanyLinks(requests, contacts);
		return List.copyOf(contacts);
	}

	private DemoContact visitor(int id, ObjectNode body) {
		body.put("points", this.dice.between(1, 8));
		body.putArray("tags").add("visitor");
		body.put("ipAddress", this.dice.ipAddress());
		body.put("city", this.dice.pick(DemoCatalog.PLACES).city());
		return new DemoContact(id, null, null);
	}

	private DemoContact person(int id, ObjectNode body) {
		String firstname = this.dice.pick(DemoCatalog.FIRST_NAMES);
		String lastname = this.dice.pick(DemoCatalog.LAST_NAMES);
		Integer company = this.dice.chance(0.45) ? this.dice.between(0, DemoCatalog.COMPANIES.size() - 1) : null;
		DemoCatalog.Company employer = (company != null) ? DemoCatalog.COMPANIES.get(company) : null;
		String domain = (employer != null) ? employer.domain() : this.dice.pick(DemoCatalog.FREE_MAIL_DOMAINS);
		String email = uniqueEmail(firstname, lastname, domain);
		body.put("firstname", firstname).put("lastname", lastname).put("email", email);
		DemoCatalog.Place place = this.dice.pick(DemoCatalog.PLACES);
		if (employer != null && employer.city() != null && employer.country() != null && this.dice.chance(0.6)) {
			place = new DemoCatalog.Place(employer.city(), employer.country());
		}
		body.put("city", place.city()).put("country", place.country());
		if (employer != null) {
			body.put("company", employer.name());
			body.put("position", this.dice.pick(DemoCatalog.POSITIONS));
		}
		if (this.dice.chance(0.3)) {
			String number = DemoCatalog.dialCode(place.country()) + " " + this.dice.between(200, 999) + " "
					+ this.dice.between(1000, 9999);
			body.put(this.dice.chance(0.5) ? "phone" : "mobile", number);
		}
		String tier = this.dice.chance(0.5) ? this.dice.pick(DemoCatalog.TIERS) : null;
		addTags(body, tier);
		addOwnerAndActivity(body, tier);
		addCustomFields(body, tier);
		return new DemoContact(id, email, company);
	}

	private void addTags(ObjectNode body, @Nullable String tier) {
		ArrayNode tags = body.putArray("tags");
		this.dice.sample(DemoCatalog.TAGS, this.dice.between(0, 2)).forEach(tags::add);
		if (tier != null) {
			tags.add("customer");
		}
		if ("gold".equals(tier)) {
			tags.add("vip");
		}
		if (tags.isEmpty()) {
			body.remove("tags");
		}
	}

	private void addOwnerAndActivity(ObjectNode body, @Nullable String tier) {
		int owner = this.dice.between(0, 9);
		if (owner > 1) {
			body.put("owner", (owner < 4) ? 1 : (owner < 7) ? DemoSetup.SAM : DemoSetup.PRIYA);
		}
		int points = this.dice.between(0, 60) + ("gold".equals(tier) ? 60 : 0);
		body.put("points", points);
		if (this.dice.chance(0.75)) {
			body.put("ipAddress", this.dice.ipAddress());
		}
		if (this.dice.chance(0.85)) {
			body.put("lastActive", this.dice.dateTime2026(1, 320));
		}
	}

	private void addCustomFields(ObjectNode body, @Nullable String tier) {
		if (tier != null) {
			body.put("loyalty_tier", tier);
			int spend = switch (tier) {
				case "gold" -> this.dice.between(1_000_000, 6_000_000);
				case "silver" -> this.dice.between(300_000, 1_200_000);
				default -> this.dice.between(10_000, 300_000);
			};
			// Number fields keep decimals (recording 017); whole amounts are sent as
			// integers (recording 018).
			if (spend % 100 == 0) {
				body.put("annual_spend", spend / 100);
			}
			else {
				body.put("annual_spend", spend / 100.0);
			}
			if (this.dice.chance(0.8)) {
				body.put("contract_date", this.dice.date(LocalDate.of(2023, 1, 1), LocalDate.of(2026, 10, 31)));
			}
		}
		if (this.dice.chance(0.7)) {
			body.put("newsletter_optin", this.dice.chance(0.6) ? 1 : 0);
		}
		if (this.dice.chance(0.25)) {
			body.put("favourite_colour", this.dice.pick(DemoCatalog.COLOURS));
		}
		if (this.dice.chance(0.4)) {
			ArrayNode interests = body.putArray("interests");
			this.dice.sample(DemoCatalog.INTERESTS, this.dice.between(1, 2)).forEach(interests::add);
		}
	}

	private String uniqueEmail(String firstname, String lastname, String domain) {
		String local = ascii(firstname) + "." + ascii(lastname);
		String email = local + "@" + domain;
		for (int suffix = 2; !this.emails.add(email); suffix++) {
			// Mautic de-duplicates contacts by email, so a repeated address would update
			// a contact, not create one.
			email = local + suffix + "@" + domain;
		}
		return email;
	}

	private static String ascii(String name) {
		String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
	}

	private void addCompanyLinks(List<SeedRequest> requests, List<DemoContact> contacts) {
		List<DemoContact> people = contacts.stream().filter(DemoContact::identified).toList();
		// The contract documents the "company" field as text that links no company
		// entity: link each one explicitly.
		for (DemoContact contact : people) {
			if (contact.company() != null) {
				requests.add(companyLink(contact.company(), contact.id()));
			}
		}
		// Contacts linked to a company without naming it, and a second company for others
		// (recordings 025, 028).
		for (DemoContact contact : this.dice.sample(people, 16)) {
			int other = this.dice.between(0, DemoCatalog.COMPANIES.size() - 1);
			if (contact.company() == null || contact.company() != other) {
				requests.add(companyLink(other, contact.id()));
			}
		}
	}

	private static SeedRequest companyLink(int companyIndex, int contactId) {
		return SeedRequest.post("/api/companies/" + (companyIndex + 1) + "/contact/" + contactId + "/add");
	}

}
