package org.mauticapi.sandbox.seed;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The demo set's configuration calls: sales reps (users 2 and 3, owners of contacts), the
 * custom contact fields of every type the filters use, and the companies, with the bodies
 * of recordings 007-016.
 */
final class DemoSetup {

	static final int SAM = 2;

	static final int PRIYA = 3;

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	private DemoSetup() {
	}

	static void addTo(List<SeedRequest> requests) {
		requests.add(SeedRequest.post("/api/users/new", user("sam", "Sam", "Sales", "sam@example.com")));
		requests.add(SeedRequest.post("/api/users/new", user("priya", "Priya", "Raman", "priya@example.com")));
		requests.add(field("Loyalty Tier", "loyalty_tier", "select", "core", choices("Bronze", "Silver", "Gold")));
		ObjectNode rounding = JSON.objectNode().put("roundmode", 4).put("scale", 2);
		requests.add(field("Annual Spend", "annual_spend", "number", "professional", rounding));
		ObjectNode yesNo = JSON.objectNode().put("no", "No").put("yes", "Yes");
		requests.add(field("Newsletter Opt-in", "newsletter_optin", "boolean", "core", yesNo));
		requests.add(field("Contract Date", "contract_date", "date", "core", null));
		requests.add(field("Favourite Colour", "favourite_colour", "text", "personal", null));
		requests.add(field("Interests", "interests", "multiselect", "core", choices("AI", "Math", "Space")));
		DemoCatalog.COMPANIES
			.forEach((company) -> requests.add(SeedRequest.post("/api/companies/new", company(company))));
	}

	private static ObjectNode user(String username, String firstName, String lastName, String email) {
		return JSON.objectNode()
			.put("username", username)
			.put("firstName", firstName)
			.put("lastName", lastName)
			.put("email", email)
			.put("role", 1)
			.put("plainPassword", "Sandbox-demo-2026");
	}

	private static SeedRequest field(String label, String alias, String type, String group,
			@Nullable ObjectNode properties) {
		ObjectNode body = JSON.objectNode()
			.put("label", label)
			.put("alias", alias)
			.put("type", type)
			.put("group", group);
		if (properties != null) {
			body.set("properties", properties);
		}
		return SeedRequest.post("/api/fields/contact/new", body);
	}

	private static ObjectNode choices(String... labels) {
		ObjectNode properties = JSON.objectNode();
		ArrayNode list = properties.putArray("list");
		for (String label : labels) {
			list.addObject().put("label", label).put("value", label.toLowerCase(Locale.ROOT));
		}
		return properties;
	}

	private static ObjectNode company(DemoCatalog.Company company) {
		ObjectNode body = JSON.objectNode().put("companyname", company.name());
		putIfPresent(body, "companycity", company.city());
		putIfPresent(body, "companycountry", company.country());
		putIfPresent(body, "companyemail", company.email());
		putIfPresent(body, "companywebsite", company.website());
		putIfPresent(body, "companyindustry", company.industry());
		if (company.employees() != null) {
			body.put("companynumber_of_employees", company.employees());
		}
		return body;
	}

	private static void putIfPresent(ObjectNode body, String key, @Nullable String value) {
		if (value != null) {
			body.put(key, value);
		}
	}

}
