package org.mauticapi.conformance.glue;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.mauticapi.conformance.http.Exchange;

/**
 * Creates the run's own data for the scenarios that write: every contact and segment carries the run's marker
 * (and is deleted after the scenario), and changes are only ever made to those.
 */
public class Fixtures {

	private final MauticApi api;

	private final ScenarioContext scenario;

	public Fixtures(MauticApi api, ScenarioContext scenario) {
		this.api = api;
		this.scenario = scenario;
	}

	/**
	 * Creates a contact of the run's own, with the marker in its email and last name.
	 * @param name the name the scenario gives it
	 * @return its id
	 */
	public long contact(String name) {
		ObjectNode body = JsonMapper.shared().createObjectNode()
			.put("firstname", "Conformance")
			.put("lastname", this.scenario.marker())
			.put("email", name + "." + this.scenario.marker() + "@example.com");
		Exchange created = this.api.expect(201, "POST", "/contacts/new", body.toString());
		return created.body().path("contact").path("id").asLong();
	}

	/**
	 * Creates a published segment of the run's own (contacts can only be added to published segments).
	 * @param name the name the scenario gives it
	 * @return its id
	 */
	public long segment(String name) {
		ObjectNode body = JsonMapper.shared().createObjectNode()
			.put("name", "Conformance " + name + " " + this.scenario.marker())
			.put("description", this.scenario.marker())
			.put("isPublished", true);
		Exchange created = this.api.expect(201, "POST", "/segments/new", body.toString());
		return created.body().path("list").path("id").asLong();
	}

	/**
	 * Adds a contact of the run's own to a segment of its own.
	 * @param contact the contact's id
	 * @param segment the segment's id
	 */
	public void addToSegment(String contact, String segment) {
		this.api.expect(200, "POST", "/segments/" + segment + "/contact/" + contact + "/add", null);
	}

	/**
	 * Records a UTM tag on a contact of the run's own.
	 * @param contact the contact's id
	 * @return the UTM tag's id, as the contact lists it
	 */
	public long utmTag(String contact) {
		ObjectNode body = JsonMapper.shared().createObjectNode()
			.put("utm_source", "conformance-kit")
			.put("utm_campaign", this.scenario.marker());
		this.api.expect(200, "POST", "/contacts/" + contact + "/utm/add", body.toString());
		Exchange read = this.api.expect(200, "GET", "/contacts/" + contact, null);
		return JsonValues.at(read.body(), "contact.utmtags.[first].id").asLong();
	}

	/**
	 * Sets a contact's score in a point group.
	 * @param contact the contact's id (the run's own)
	 * @param group the point group's id
	 * @param score the score
	 */
	public void groupScore(String contact, String group, int score) {
		this.api.expect(200, "POST", "/contacts/" + contact + "/points/groups/" + group + "/set/" + score, null);
	}

	/**
	 * Puts a contact of the run's own on the do-not-contact list of a channel.
	 * @param contact the contact's id
	 * @param channel e.g. {@code email}
	 */
	public void doNotContact(String contact, String channel) {
		this.api.expect(200, "POST", "/contacts/" + contact + "/dnc/" + channel + "/add", null);
	}

}
