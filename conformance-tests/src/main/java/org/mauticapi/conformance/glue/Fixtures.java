package org.mauticapi.conformance.glue;

import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.mauticapi.conformance.http.Exchange;
import org.mauticapi.conformance.report.DeviationError;

/**
 * Creates the run's own data: every contact, segment, point group, company, campaign,
 * note and device carries the run's marker (and is deleted after the scenario), and
 * changes are only ever made to those. Contacts and segments are created through the
 * documented operations, which must answer as documented; the other prerequisites through
 * Mautic's own API beyond them.
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
		return contact(name, Map.of("firstname", "Conformance"));
	}

	/**
	 * Creates a contact of the run's own with some fields, the marker in its email and
	 * last name.
	 * @param name the name the scenario gives it
	 * @param fields field values by alias
	 * @return its id
	 */
	public long contact(String name, Map<String, String> fields) {
		ObjectNode body = json().put("lastname", this.scenario.marker())
			.put("email", name + "." + this.scenario.marker() + "@example.com");
		fields.forEach(body::put);
		Exchange created = this.api.call(201, "POST", "/contacts/new", body.toString());
		JsonNode stored = created.body().path("contact").path("fields").path("all");
		body.properties()
			.forEach((field) -> echoes(created, stored.path(field.getKey()), field.getValue().asString(),
					"contact's " + field.getKey()));
		return created.body().path("contact").path("id").asLong();
	}

	/**
	 * Creates a segment of the run's own, named after the scenario's name for it (so that
	 * names sort as they do).
	 * @param name the name the scenario gives it
	 * @param published whether it is published (contacts can only be added to published
	 * segments)
	 * @return its id
	 */
	public long segment(String name, boolean published) {
		ObjectNode body = json().put("name", "Conformance " + name + " " + this.scenario.marker())
			.put("description", this.scenario.marker())
			.put("isPublished", published);
		Exchange created = this.api.call(201, "POST", "/segments/new", body.toString());
		JsonNode stored = created.body().path("list");
		echoes(created, stored.path("name"), body.path("name").asString(), "segment's name");
		echoes(created, stored.path("isPublished"), String.valueOf(published), "segment's isPublished");
		return created.body().path("list").path("id").asLong();
	}

	/**
	 * Adds a contact of the run's own to a segment of its own.
	 * @param contact the contact's id
	 * @param segment the segment's id
	 */
	public void addToSegment(String contact, String segment) {
		this.api.call(200, "POST", "/segments/" + segment + "/contact/" + contact + "/add", null);
	}

	/**
	 * Records a UTM tag on a contact of the run's own.
	 * @param contact the contact's id
	 * @return the UTM tag's id, as the contact lists it
	 */
	public long utmTag(String contact) {
		ObjectNode body = json().put("utm_source", "conformance-kit").put("utm_campaign", this.scenario.marker());
		this.api.call(200, "POST", "/contacts/" + contact + "/utm/add", body.toString());
		Exchange read = this.api.read("/contacts/" + contact);
		return JsonValues.at(read.body(), "contact.utmtags.[first].id").asLong();
	}

	/**
	 * Sets a contact's score in a point group.
	 * @param contact the contact's id (the run's own)
	 * @param group the point group's id
	 * @param score the score
	 */
	public void groupScore(String contact, String group, int score) {
		this.api.call(200, "POST", "/contacts/" + contact + "/points/groups/" + group + "/set/" + score, null);
	}

	/**
	 * Puts a contact of the run's own on the do-not-contact list of a channel.
	 * @param contact the contact's id
	 * @param channel e.g. {@code email}
	 */
	public void doNotContact(String contact, String channel) {
		this.api.call(200, "POST", "/contacts/" + contact + "/dnc/" + channel + "/add", null);
	}

	/**
	 * Gives a contact of the run's own points.
	 * @param contact the contact's id
	 * @param points how many
	 */
	public void points(String contact, int points) {
		this.api.call(200, "POST", "/contacts/" + contact + "/points/plus/" + points, null);
	}

	/**
	 * Creates a point group of the run's own (Mautic 5.1+).
	 * @return its id
	 */
	public long pointGroup() {
		ObjectNode body = json().put("name", "Conformance " + this.scenario.marker())
			.put("description", this.scenario.marker());
		return this.api.prepare("a point group", "POST", "/points/groups/new", body.toString())
			.body()
			.path("pointGroup")
			.path("id")
			.asLong();
	}

	/**
	 * Creates a company of the run's own.
	 * @return its id
	 */
	public long company() {
		ObjectNode body = json().put("companyname", "Conformance " + this.scenario.marker());
		return this.api.prepare("a company", "POST", "/companies/new", body.toString())
			.body()
			.path("company")
			.path("id")
			.asLong();
	}

	/**
	 * Adds a contact of the run's own to a company.
	 * @param contact the contact's id
	 * @param company the company's id
	 */
	public void addToCompany(String contact, String company) {
		this.api.prepare("a company membership", "POST", "/companies/" + company + "/contact/" + contact + "/add",
				null);
	}

	/**
	 * Puts a contact of the run's own in a campaign of the run's own: a published
	 * campaign (Mautic lists only those among a contact's campaigns) whose only source is
	 * an unpublished segment of the run's own and whose only action changes points by 0,
	 * so that nothing happens to anyone should the instance's cron run it.
	 * @param contact the contact's id
	 * @return the campaign's id
	 */
	public long campaignWith(String contact) {
		long source = segment("campaign source", false);
		ObjectNode body = json().put("name", "Conformance " + this.scenario.marker())
			.put("description", this.scenario.marker())
			.put("isPublished", true);
		body.putArray("lists").addObject().put("id", source);
		ObjectNode event = body.putArray("events").addObject();
		event.put("id", "new_1")
			.put("name", "Nothing (" + this.scenario.marker() + ")")
			.put("type", "lead.changepoints")
			.put("eventType", "action")
			.put("order", 1)
			.put("triggerMode", "immediate")
			.put("triggerInterval", 0)
			.put("triggerIntervalUnit", "d")
			.putNull("parent")
			.putNull("decisionPath");
		event.putObject("properties").put("points", 0);
		event.putArray("children");
		ObjectNode canvas = body.putObject("canvasSettings");
		ArrayNode nodes = canvas.putArray("nodes");
		nodes.addObject().put("id", "new_1").put("positionX", "100").put("positionY", "100");
		nodes.addObject().put("id", "lists").put("positionX", "100").put("positionY", "0");
		canvas.putArray("connections")
			.addObject()
			.put("sourceId", "lists")
			.put("targetId", "new_1")
			.putObject("anchors")
			.put("source", "leadsource")
			.put("target", "top");
		long campaign = this.api.prepare("a campaign", "POST", "/campaigns/new", body.toString())
			.body()
			.path("campaign")
			.path("id")
			.asLong();
		this.api.prepare("a campaign membership", "POST", "/campaigns/" + campaign + "/contact/" + contact + "/add",
				null);
		return campaign;
	}

	/**
	 * Writes a note about a contact of the run's own.
	 * @param contact the contact's id
	 * @param text the note's text (with the marker, so that the note is known as the
	 * run's own)
	 * @return the note's id
	 */
	public long note(String contact, String text) {
		ObjectNode body = json().put("lead", Long.parseLong(contact)).put("text", text).put("type", "general");
		return this.api.prepare("a note", "POST", "/notes/new", body.toString())
			.body()
			.path("note")
			.path("id")
			.asLong();
	}

	/**
	 * Records a device a contact of the run's own was seen on; its model is the run's
	 * marker.
	 * @param contact the contact's id
	 * @return the device's id
	 */
	public long device(String contact) {
		ObjectNode body = json().put("lead", Long.parseLong(contact))
			.put("device", "smartphone")
			.put("deviceBrand", "Conformance")
			.put("deviceModel", this.scenario.marker())
			.put("deviceOsName", "Conformance OS");
		return this.api.prepare("a device", "POST", "/devices/new", body.toString())
			.body()
			.path("device")
			.path("id")
			.asLong();
	}

	// What a create answers is what was stored: it must be what was sent.
	private static void echoes(Exchange created, JsonNode value, String sent, String what) {
		if (JsonValues.text(value).filter(sent::equals).isEmpty()) {
			throw DeviationError.inAnswer(created, "the " + what + " is " + value + ", but " + sent + " was sent");
		}
	}

	private static ObjectNode json() {
		return JsonMapper.shared().createObjectNode();
	}

}
