package org.mauticapi.conformance.glue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import io.cucumber.java.en.Then;
import tools.jackson.databind.JsonNode;

import org.mauticapi.conformance.http.Exchange;
import org.mauticapi.conformance.shape.AnswerShapes;

/**
 * "Then" steps about the collection in the answer of the scenario's action: which entries
 * it holds, in which order, and what they carry. Entries are named by the scenario's
 * names for the ids, so that a list parameter is proven to have its effect on the run's
 * own data.
 */
public class EntrySteps {

	private final ScenarioContext scenario;

	private final MauticApi api;

	public EntrySteps(ScenarioContext scenario, MauticApi api) {
		this.scenario = scenario;
		this.api = api;
	}

	@Then("the entries at {string} are {string}")
	public void theEntriesAre(String path, String names) {
		List<String> ids = ids(path);
		List<String> expected = this.scenario.idsOf(names);
		check(new HashSet<>(ids).equals(new HashSet<>(expected)) && ids.size() == expected.size(),
				path + " lists ids " + ids + ", expected exactly those of " + names + " " + expected);
	}

	@Then("the entries at {string} are {string}, in this order")
	public void theEntriesAreInOrder(String path, String names) {
		List<String> ids = ids(path);
		List<String> expected = this.scenario.idsOf(names);
		check(ids.equals(expected),
				path + " lists ids " + ids + ", expected those of " + names + " in this order " + expected);
	}

	@Then("the entries at {string} include {string}")
	public void theEntriesInclude(String path, String names) {
		List<String> ids = ids(path);
		List<String> expected = this.scenario.idsOf(names);
		check(ids.containsAll(expected),
				path + " lists ids " + ids + ", expected it to include " + names + " " + expected);
	}

	@Then("the entries at {string} include {string}, in this order")
	public void theEntriesIncludeInOrder(String path, String names) {
		List<String> ids = ids(path);
		List<String> expected = this.scenario.idsOf(names);
		List<String> found = ids.stream().filter(expected::contains).toList();
		check(found.equals(expected),
				path + " lists ids " + ids + ", expected it to include " + names + " " + expected + " in this order");
	}

	@Then("the entries at {string} do not include {string}")
	public void theEntriesDoNotInclude(String path, String names) {
		List<String> ids = ids(path);
		List<String> unexpected = this.scenario.idsOf(names);
		check(unexpected.stream().noneMatch(ids::contains),
				path + " lists ids " + ids + ", expected it not to include " + names + " " + unexpected);
	}

	@Then("the entries at {string} include one with:")
	public void theEntriesIncludeOneWith(String path, Map<String, String> values) {
		Map<String, String> wanted = this.scenario.resolve(values);
		check(JsonValues.anyEntryHas(collection(path), wanted),
				path + " has no entry with " + wanted + ": " + AnswerShapes.abbreviate(collection(path).toString()));
	}

	@Then("every entry at {string} has {string} as {string}")
	public void everyEntryHasValue(String path, String key, String expected) {
		String wanted = this.scenario.resolve(expected);
		for (JsonNode entry : JsonValues.entryList(collection(path))) {
			JsonNode value = JsonValues.at(entry, key);
			check(JsonValues.text(value).filter(wanted::equals).isPresent(),
					path + " has an entry whose " + key + " is " + value + ", expected " + wanted + " in every entry");
		}
	}

	@Then("every entry at {string} has {string}")
	public void everyEntryHas(String path, String key) {
		for (JsonNode entry : JsonValues.entryList(collection(path))) {
			check(!JsonValues.at(entry, key).isMissingNode(),
					path + " has an entry without " + key + ": " + AnswerShapes.abbreviate(entry.toString()));
		}
	}

	@Then("no entry at {string} has {string}")
	public void noEntryHas(String path, String key) {
		for (JsonNode entry : JsonValues.entryList(collection(path))) {
			check(JsonValues.at(entry, key).isMissingNode(),
					path + " has an entry with " + key + ": " + AnswerShapes.abbreviate(entry.toString()));
		}
	}

	@Then("the entries at {string} are ordered by {string}, {direction}")
	public void theEntriesAreOrderedBy(String path, String key, Boolean descending) {
		List<Long> values = new ArrayList<>();
		for (JsonNode entry : JsonValues.entryList(collection(path))) {
			JsonNode value = JsonValues.at(entry, key);
			check(value.canConvertToLong(), path + " has an entry whose " + key + " is " + value + ", not a number");
			values.add(value.asLong());
		}
		List<Long> sorted = new ArrayList<>(values);
		sorted.sort(descending ? Comparator.reverseOrder() : Comparator.naturalOrder());
		check(values.equals(sorted), path + " is ordered " + values + " by " + key + ", expected "
				+ (descending ? "descending" : "ascending"));
	}

	@Then("the entries at {string} carry the fields I gave them")
	public void theEntriesCarryTheGivenFields(String path) {
		JsonNode collection = collection(path);
		this.scenario.givenFields().forEach((name, fields) -> {
			String id = this.scenario.idOf(name);
			JsonNode entry = JsonValues.entryList(collection)
				.stream()
				.filter((candidate) -> JsonValues.text(candidate.path("id")).filter(id::equals).isPresent())
				.findFirst()
				.orElseThrow(
						() -> new AssertionError(last() + ": " + path + " does not list " + name + " (id " + id + ")"));
			fields.forEach((alias, value) -> check(
					JsonValues.text(entry.path("fields").path("all").path(alias)).filter(value::equals).isPresent(),
					name + " (id " + id + ") has " + alias + " " + entry.path("fields").path("all").path(alias)
							+ ", expected " + value));
		});
	}

	@Then("the entries at {string} include the user who created contact {string}")
	public void theEntriesIncludeTheCreator(String path, String contact) {
		Exchange read = this.api.read("/contacts/" + this.scenario.idOf(contact));
		JsonNode created = read.body().path("contact");
		String userId = JsonValues.text(created.path("createdBy")).orElse("?");
		String userName = JsonValues.text(created.path("createdByUser")).orElse("?");
		boolean listed = JsonValues.entryList(collection(path))
			.stream()
			.anyMatch((owner) -> JsonValues.text(owner.path("id")).filter(userId::equals).isPresent() && userName
				.equals(owner.path("firstName").asString("") + " " + owner.path("lastName").asString("")));
		check(listed, path + " does not list user " + userId + " (" + userName + "), who created contact " + contact
				+ ": " + AnswerShapes.abbreviate(collection(path).toString()));
	}

	private List<String> ids(String path) {
		return JsonValues.ids(collection(path));
	}

	private JsonNode collection(String path) {
		JsonNode collection = JsonValues.at(Answers.json(last()), this.scenario.resolve(path));
		check(collection.isArray() || collection.isObject(), path + " is " + collection + ", not a collection");
		return collection;
	}

	private Exchange last() {
		return this.scenario.lastResponse();
	}

	private void check(boolean condition, String message) {
		Answers.check(last(), condition, message);
	}

}
