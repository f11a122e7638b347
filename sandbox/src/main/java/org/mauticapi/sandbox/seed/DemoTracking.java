package org.mauticapi.sandbox.seed;

import java.util.List;

import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The demo set's tracking history: UTM visits (body of recording 051) and do-not-contact
 * entries for email with each reason Mautic knows (recordings 063-065).
 */
final class DemoTracking {

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	private static final List<Utm> UTMS = List.of(new Utm("spring-launch", "newsletter", "email", "/product/launch"),
			new Utm("summer-webinar", "linkedin", "social", "/webinars/summer"),
			new Utm("black-friday-2026", "google", "cpc", "/pricing"),
			new Utm("partner-referral", "partner-site", "referral", "/partners"),
			new Utm("product-b-preview", "twitter", "social", "/product/b"));

	private static final List<String> USER_AGENTS = List.of(
			"Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:120.0) Gecko/20100101 Firefox/120.0",
			"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
					+ "Chrome/120.0 Safari/537.36",
			"Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
					+ "Mobile/15E148",
			"Mozilla/5.0 (Macintosh; Intel Mac OS X 14_2) AppleWebKit/605.1.15 (KHTML, like Gecko) "
					+ "Version/17.2 Safari/605.1.15");

	private static final List<Dnc> DNCS = List.of(new Dnc(1, "Unsubscribed via preference centre"),
			new Dnc(1, "Unsubscribed via API"), new Dnc(2, "Hard bounce"), new Dnc(2, "Mailbox full for 30 days"),
			new Dnc(3, "Asked by phone"), new Dnc(3, "Requested at the conference"));

	private final DemoDice dice;

	DemoTracking(DemoDice dice) {
		this.dice = dice;
	}

	void addTo(List<SeedRequest> requests, List<DemoContact> people) {
		for (DemoContact contact : this.dice.sample(people, 40)) {
			requests.add(SeedRequest.post("/api/contacts/" + contact.id() + "/utm/add", utm(this.dice.pick(UTMS))));
		}
		for (DemoContact contact : this.dice.sample(people, 15)) {
			Dnc dnc = this.dice.pick(DNCS);
			ObjectNode body = JSON.objectNode().put("reason", dnc.reason()).put("comments", dnc.comments());
			requests.add(SeedRequest.post("/api/contacts/" + contact.id() + "/dnc/email/add", body));
		}
	}

	private ObjectNode utm(Utm utm) {
		ObjectNode body = JSON.objectNode()
			.put("utm_campaign", utm.campaign())
			.put("utm_source", utm.source())
			.put("utm_medium", utm.medium());
		if (this.dice.chance(0.5)) {
			body.put("utm_content", this.dice.pick(List.of("hero-banner", "footer-link", "sidebar")));
		}
		if ("cpc".equals(utm.medium())) {
			body.put("utm_term", this.dice.pick(List.of("crm software", "marketing automation")));
		}
		// Mautic reads the user agent from "useragent"; the documented "Useragent" is
		// ignored (recording 052).
		return body.put("useragent", this.dice.pick(USER_AGENTS))
			.put("url", "https://www.acme.example.com" + utm.page())
			.put("referer", "https://search.example/?q=" + utm.campaign())
			.put("query", "cid=" + utm.campaign() + "&src=" + utm.source())
			.put("lastActive", this.dice.dateTime2026(60, 325));
	}

	private record Utm(String campaign, String source, String medium, String page) {
	}

	private record Dnc(int reason, String comments) {
	}

}
