package org.mauticapi.sandbox.seed;

import java.util.List;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The demo set's segments, one per filter kind of recordings 037-044 (select in, text =,
 * like, number gte, date gt, OR glue, a manual one and an unpublished boolean one), and
 * manual memberships added one by one and in bulk.
 */
final class DemoSegments {

	static final int VIP = 1;

	static final int CONFERENCE = 7;

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	private final DemoDice dice;

	DemoSegments(DemoDice dice) {
		this.dice = dice;
	}

	void addTo(List<SeedRequest> requests, List<DemoContact> people) {
		ObjectNode vip = segment("VIP customers", "vip-customers", true);
		vip.put("description", "Gold and silver tiers").put("isGlobal", true);
		filter(vip, "and", "loyalty_tier", "select", "in").putArray("filter").add("gold").add("silver");
		requests.add(create(vip));
		requests.add(create(
				withFilter(segment("UK contacts", "uk-contacts", true), "country", "country", "=", "United Kingdom")));
		requests.add(create(withFilter(segment("example.com addresses", "example-com", true), "email", "email", "like",
				"%@example.com")));
		ObjectNode spenders = segment("High spenders", "high-spenders", true).put("publicName", "Our best customers");
		requests.add(create(withFilter(spenders, "annual_spend", "number", "gte", "10000")));
		requests.add(create(withFilter(segment("Recent contracts", "recent-contracts", true), "contract_date", "date",
				"gt", "2025-01-01")));
		ObjectNode cities = withFilter(segment("London or Berlin", "london-berlin", true), "city", "text", "=",
				"London");
		filter(cities, "or", "city", "text", "=").put("filter", "Berlin");
		requests.add(create(cities));
		ObjectNode conference = segment("Conference attendees", "conference-2026", true);
		conference.put("description", "Added by hand").put("isPreferenceCenter", true);
		requests.add(create(conference));
		requests.add(create(withFilter(segment("Newsletter draft", "newsletter-draft", false), "newsletter_optin",
				"boolean", "=", "1")));
		addMembers(requests, people);
	}

	private void addMembers(List<SeedRequest> requests, List<DemoContact> people) {
		List<DemoContact> attendees = this.dice.sample(people, 40);
		attendees.subList(0, 10)
			.forEach((contact) -> requests
				.add(SeedRequest.post("/api/segments/" + CONFERENCE + "/contact/" + contact.id() + "/add")));
		// The bulk call reads the key "ids"; the documented "contactIds" is answered 400
		// (recordings 047, 384).
		for (int from = 10; from < attendees.size(); from += 15) {
			ArrayNode ids = JSON.arrayNode();
			attendees.subList(from, Math.min(from + 15, attendees.size())).forEach((contact) -> ids.add(contact.id()));
			ObjectNode body = JSON.objectNode();
			body.set("ids", ids);
			requests.add(SeedRequest.post("/api/segments/" + CONFERENCE + "/contacts/add", body));
		}
		// A filter segment can hold hand-picked contacts too (manuallyAdded).
		this.dice.sample(people, 3)
			.forEach((contact) -> requests
				.add(SeedRequest.post("/api/segments/" + VIP + "/contact/" + contact.id() + "/add")));
	}

	private static ObjectNode segment(String name, String alias, boolean published) {
		return JSON.objectNode().put("name", name).put("alias", alias).put("isPublished", published);
	}

	private static ObjectNode withFilter(ObjectNode segment, String field, String type, String operator, String value) {
		filter(segment, "and", field, type, operator).put("filter", value);
		return segment;
	}

	// Adds a filter and answers its "properties" object, where the value goes.
	private static ObjectNode filter(ObjectNode segment, String glue, String field, String type, String operator) {
		ArrayNode filters = segment.has("filters") ? (ArrayNode) segment.get("filters") : segment.putArray("filters");
		ObjectNode filter = filters.addObject()
			.put("glue", glue)
			.put("field", field)
			.put("object", "lead")
			.put("type", type)
			.put("operator", operator);
		return filter.putObject("properties");
	}

	private static SeedRequest create(ObjectNode segment) {
		return SeedRequest.post("/api/segments/new", segment);
	}

}
