package org.mauticapi.sandbox.seed;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The fixed vocabulary of the demo data set: names, places, companies and tags to draw
 * from.
 */
final class DemoCatalog {

	static final List<String> FIRST_NAMES = List.of("Ada", "Grace", "Alan", "Katherine", "Linus", "Margaret", "Tim",
			"Amara", "Ben", "Chloé", "Daniel", "Elena", "Farid", "Greta", "Hiroshi", "Ines", "Jamal", "Kaja", "Liam",
			"Maya", "Noah", "Olivia", "Pedro", "Quinn", "Rosa", "Sven", "Tara", "Umar", "Vera", "Wei", "Ximena",
			"Yusuf", "Zoë", "Aisha", "Bruno", "Camille", "Dmitri", "Emma", "Felix", "Hannah", "Ivan", "Julia", "Kofi",
			"Lucía", "Mateo", "Nina", "Oscar", "Priya", "Rahul", "Sofia", "Thomas", "Valentina", "William", "Yara",
			"Zane", "Anna", "Carlos", "Freya", "Leo", "Mei");

	static final List<String> LAST_NAMES = List.of("Smith", "Johnson", "Williams", "Brown", "Garcia", "Müller",
			"Martin", "Rossi", "Novak", "Kowalski", "Jensen", "Larsen", "Nakamura", "Tanaka", "Okafor", "Mensah",
			"Patel", "Sharma", "Silva", "Santos", "Dubois", "Lefèvre", "Schmidt", "Weber", "Fischer", "van Dijk",
			"de Vries", "O'Brien", "Murphy", "Kelly", "Andersson", "Nilsson", "Virtanen", "Korhonen", "Horvat",
			"Popescu", "Nowak", "Ivanova", "Hernández", "López", "González", "Fernández", "Costa", "Ferreira", "Cohen",
			"Levi", "Haddad", "Khan", "Ali", "Chen", "Wang", "Li", "Kim", "Park", "Nguyen", "Tran", "Taylor", "Wilson",
			"Thompson", "Walker");

	static final List<Place> PLACES = List.of(new Place("London", "United Kingdom"),
			new Place("Manchester", "United Kingdom"), new Place("Edinburgh", "United Kingdom"),
			new Place("Boston", "United States"), new Place("New York", "United States"),
			new Place("San Francisco", "United States"), new Place("Austin", "United States"),
			new Place("Seattle", "United States"), new Place("Toronto", "Canada"), new Place("Berlin", "Germany"),
			new Place("Munich", "Germany"), new Place("Paris", "France"), new Place("Lyon", "France"),
			new Place("Madrid", "Spain"), new Place("Barcelona", "Spain"), new Place("Amsterdam", "Netherlands"),
			new Place("Helsinki", "Finland"), new Place("Stockholm", "Sweden"), new Place("Dublin", "Ireland"),
			new Place("Milan", "Italy"), new Place("Lisbon", "Portugal"), new Place("Warsaw", "Poland"),
			new Place("Sydney", "Australia"), new Place("Tokyo", "Japan"), new Place("São Paulo", "Brazil"),
			new Place("Cape Town", "South Africa"), new Place("Mumbai", "India"));

	static final List<Company> COMPANIES = List.of(
			new Company("Acme Corp", "acme.example.com", "London", "United Kingdom", "info@acme.example.com",
					"https://www.acme.example.com", "Technology", null),
			new Company("Globex Inc", "globex.example.com", "Springfield", "United States", "hello@globex.example.com",
					null, null, 1200),
			new Company("Initech", "initech.example.com", null, null, null, null, null, null),
			new Company("Umbrella Health", "umbrella.example.com", "Berlin", "Germany", "contact@umbrella.example.com",
					"https://www.umbrella.example.com", "Healthcare", 430),
			new Company("Northwind Traders", "northwind.example.com", "Seattle", "United States",
					"sales@northwind.example.com", "https://www.northwind.example.com", "Retail", 85));

	// Contact addresses must pass the contract's email format, which knows no ".example"
	// top-level domain.
	static final List<String> FREE_MAIL_DOMAINS = List.of("example.com", "example.org", "example.net");

	static final List<String> TAGS = List.of("newsletter", "webinar", "trial", "partner", "event-2026", "product-a",
			"product-b", "churn-risk", "referral", "beta-tester");

	static final List<String> POSITIONS = List.of("CEO", "CTO", "Marketing Manager", "Sales Director", "Analyst",
			"Engineer", "Product Owner", "Office Manager", "Consultant", "Designer");

	static final List<String> COLOURS = List.of("teal", "navy blue", "crimson", "forest green", "mustard", "lavender",
			"charcoal", "coral");

	static final List<String> INTERESTS = List.of("ai", "math", "space");

	static final List<String> TIERS = List.of("bronze", "silver", "gold");

	private static final Map<String, String> DIAL_CODES = Map.ofEntries(Map.entry("United Kingdom", "+44"),
			Map.entry("United States", "+1"), Map.entry("Canada", "+1"), Map.entry("Germany", "+49"),
			Map.entry("France", "+33"), Map.entry("Spain", "+34"), Map.entry("Netherlands", "+31"),
			Map.entry("Finland", "+358"), Map.entry("Sweden", "+46"), Map.entry("Ireland", "+353"),
			Map.entry("Italy", "+39"), Map.entry("Portugal", "+351"), Map.entry("Poland", "+48"),
			Map.entry("Australia", "+61"), Map.entry("Japan", "+81"), Map.entry("Brazil", "+55"),
			Map.entry("South Africa", "+27"), Map.entry("India", "+91"));

	private DemoCatalog() {
	}

	static String dialCode(String country) {
		return DIAL_CODES.getOrDefault(country, "+1");
	}

	/** A city and the country it is in, as Mautic names countries. */
	record Place(String city, String country) {
	}

	/**
	 * A company of the demo set, with the email domain of its staff; null values are left
	 * out of its body.
	 */
	record Company(String name, String domain, @Nullable String city, @Nullable String country, @Nullable String email,
			@Nullable String website, @Nullable String industry, @Nullable Integer employees) {
	}

}
