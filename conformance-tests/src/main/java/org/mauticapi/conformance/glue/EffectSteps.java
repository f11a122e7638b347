package org.mauticapi.conformance.glue;

import java.util.Locale;
import java.util.Map;

import io.cucumber.java.en.Then;
import tools.jackson.databind.JsonNode;

import org.mauticapi.conformance.http.Exchange;
import org.mauticapi.conformance.ownership.EntityKind;
import org.mauticapi.conformance.report.DeviationError;
import org.mauticapi.conformance.shape.AnswerShapes;

/**
 * "Then" steps that read the target again after the action: a write must have the effect
 * it answered, visible to the next reader. A read that shows otherwise is a deviation of
 * the action (a read whose own answer deviates is one of the read).
 */
public class EffectSteps {

	private final ScenarioContext scenario;

	private final MauticApi api;

	public EffectSteps(ScenarioContext scenario, MauticApi api) {
		this.scenario = scenario;
		this.api = api;
	}

	@Then("reading contact {string} shows {string} as {string}")
	public void contactShowsField(String contact, String alias, String expected) {
		Exchange read = readContact(contact);
		String wanted = this.scenario.resolve(expected);
		JsonNode value = read.body().path("contact").path("fields").path("all").path(alias);
		expect(read, JsonValues.text(value).filter(wanted::equals).isPresent(),
				"contact " + contact + " has " + alias + " " + value + ", expected " + wanted);
	}

	@Then("reading contact {string} shows no {string}")
	public void contactShowsNoField(String contact, String alias) {
		Exchange read = readContact(contact);
		JsonNode value = read.body().path("contact").path("fields").path("all").path(alias);
		expect(read, value.isNull(), "contact " + contact + " has " + alias + " " + value + ", expected null");
	}

	@Then("reading contact {string} shows {int} points")
	public void contactShowsPoints(String contact, int points) {
		Exchange read = readContact(contact);
		JsonNode value = read.body().path("contact").path("points");
		expect(read, value.isInt() && value.asInt() == points,
				"contact " + contact + " has " + value + " points, expected " + points);
	}

	@Then("reading contact {string} shows owner {string}")
	public void contactShowsOwner(String contact, String owner) {
		Exchange read = readContact(contact);
		JsonNode value = read.body().path("contact").path("owner").path("id");
		expect(read, JsonValues.text(value).filter(this.scenario.idOf(owner)::equals).isPresent(),
				"contact " + contact + " is owned by " + value + ", expected user " + this.scenario.idOf(owner));
	}

	@Then("reading contact {string} shows a do-not-contact entry with:")
	public void contactShowsDoNotContact(String contact, Map<String, String> values) {
		contactShowsEntry(contact, "doNotContact", "do-not-contact entry", values);
	}

	@Then("reading contact {string} shows no do-not-contact entry for {string}")
	public void contactShowsNoDoNotContact(String contact, String channel) {
		Exchange read = readContact(contact);
		JsonNode entries = read.body().path("contact").path("doNotContact");
		expect(read, !JsonValues.anyEntryHas(entries, Map.of("channel", channel)),
				"contact " + contact + " is still on the do-not-contact list of " + channel + ": " + entries);
	}

	@Then("reading contact {string} shows a UTM tag with:")
	public void contactShowsUtmTag(String contact, Map<String, String> values) {
		contactShowsEntry(contact, "utmtags", "UTM tag", values);
	}

	@Then("reading contact {string} shows no UTM tag {string}")
	public void contactShowsNoUtmTag(String contact, String tag) {
		Exchange read = readContact(contact);
		JsonNode tags = read.body().path("contact").path("utmtags");
		expect(read, !JsonValues.ids(tags).contains(this.scenario.idOf(tag)), "contact " + contact
				+ " still has UTM tag " + this.scenario.idOf(tag) + ": " + AnswerShapes.abbreviate(tags.toString()));
	}

	@Then("reading contact {string} shows a score of {int} in point group {string}")
	public void contactShowsGroupScore(String contact, int score, String group) {
		Exchange read = this.api
			.read("/contacts/" + this.scenario.idOf(contact) + "/points/groups/" + this.scenario.idOf(group));
		JsonNode value = read.body().path("groupScore").path("score");
		expect(read, value.isInt() && value.asInt() == score,
				"contact " + contact + " scores " + value + " in point group " + group + ", expected " + score);
	}

	@Then("the segments of contact {string} include {string}")
	public void theSegmentsOfContactInclude(String contact, String segment) {
		Exchange read = this.api.read("/contacts/" + this.scenario.idOf(contact) + "/segments");
		expect(read, JsonValues.ids(read.body().path("lists")).contains(this.scenario.idOf(segment)),
				"contact " + contact + " is not in segment " + segment + " (id " + this.scenario.idOf(segment) + "): "
						+ AnswerShapes.abbreviate(read.body().path("lists").toString()));
	}

	@Then("the segments of contact {string} do not include {string}")
	public void theSegmentsOfContactDoNotInclude(String contact, String segment) {
		Exchange read = this.api.read("/contacts/" + this.scenario.idOf(contact) + "/segments");
		expect(read, !JsonValues.ids(read.body().path("lists")).contains(this.scenario.idOf(segment)),
				"contact " + contact + " is still in segment " + segment + " (id " + this.scenario.idOf(segment) + ")");
	}

	@Then("{kind} {string} does not exist")
	public void doesNotExist(EntityKind kind, String name) {
		Exchange read = this.api.look("GET", kind.path(Long.parseLong(this.scenario.idOf(name))));
		expect(read, read.status() == 404,
				kind.name().toLowerCase(Locale.ROOT) + " " + name + " can still be read, expected 404");
	}

	@Then("reading segment {string} shows {string} as {string}")
	public void segmentShows(String segment, String key, String expected) {
		Exchange read = this.api.read("/segments/" + this.scenario.idOf(segment));
		String wanted = this.scenario.resolve(expected);
		JsonNode value = read.body().path("list").path(key);
		expect(read, JsonValues.text(value).filter(wanted::equals).isPresent(),
				"segment " + segment + " has " + key + " " + value + ", expected " + wanted);
	}

	@Then("reading segment {string} shows no {string}")
	public void segmentShowsNo(String segment, String key) {
		Exchange read = this.api.read("/segments/" + this.scenario.idOf(segment));
		JsonNode value = read.body().path("list").path(key);
		expect(read, value.isNull(), "segment " + segment + " has " + key + " " + value + ", expected null");
	}

	@Then("the contacts matching the search {string} are {string}")
	public void theContactsMatchingAre(String search, String names) {
		Exchange found = this.api.read("/contacts?minimal=true&search=" + this.scenario.resolve(search));
		JsonNode contacts = found.body().path("contacts");
		contacts.forEach((entity) -> this.api.adopt(EntityKind.CONTACT, entity));
		expect(found, JsonValues.ids(contacts).equals(this.scenario.idsOf(names)), "the search lists contacts "
				+ JsonValues.ids(contacts) + ", expected those of " + names + " " + this.scenario.idsOf(names));
	}

	@Then("no {kind} matches the search {string}")
	public void noneMatchesTheSearch(EntityKind kind, String search) {
		Exchange found = this.api.read(kind.listPath() + "?search=" + this.scenario.resolve(search));
		JsonNode entities = found.body().path(kind.listKey());
		entities.forEach((entity) -> this.api.adopt(kind, entity));
		expect(found, JsonValues.entries(entities) == 0, "the refused " + kind.name().toLowerCase(Locale.ROOT)
				+ " was created anyway: " + AnswerShapes.abbreviate(entities.toString()));
	}

	private void contactShowsEntry(String contact, String key, String what, Map<String, String> values) {
		Exchange read = readContact(contact);
		JsonNode entries = read.body().path("contact").path(key);
		Map<String, String> wanted = this.scenario.resolve(values);
		expect(read, JsonValues.anyEntryHas(entries, wanted), "contact " + contact + " has no " + what + " with "
				+ wanted + ": " + AnswerShapes.abbreviate(entries.toString()));
	}

	private Exchange readContact(String contact) {
		return this.api.read("/contacts/" + this.scenario.idOf(contact));
	}

	private static void expect(Exchange read, boolean condition, String message) {
		if (!condition) {
			throw DeviationError.effectMissing(read, message);
		}
	}

}
