package org.mauticapi.conformance.glue;

import java.util.List;

import io.cucumber.java.en.Then;
import tools.jackson.databind.JsonNode;

import org.mauticapi.conformance.http.Exchange;
import org.mauticapi.conformance.run.ConformanceRun;

/**
 * "Then" steps: what the answer of the scenario's action must look like. Each failure message starts with the
 * exchange, so the report says which call deviated and how.
 */
public class ResponseSteps {

	private final ScenarioContext scenario;

	private final MauticApi api;

	public ResponseSteps(ScenarioContext scenario, MauticApi api) {
		this.scenario = scenario;
		this.api = api;
	}

	@Then("the status is {int}")
	public void theStatusIs(int status) {
		Exchange response = this.scenario.lastResponse();
		check(response.status() == status, "expected status " + status + ": "
				+ MauticApi.abbreviate(response.bodyText()));
	}

	@Then("the response matches the spec's schema for this operation and status")
	public void theResponseMatchesTheSchema() {
		Exchange response = this.scenario.lastResponse();
		check(response.body() != null, "the body is not JSON: " + MauticApi.abbreviate(response.bodyText()));
		List<String> problems = ConformanceRun.current()
			.contract()
			.validateResponse(response.method(), response.pathWithoutQuery(), response.status(), response.body());
		check(problems.isEmpty(), "the body does not match the spec's schema: " + String.join("; ", problems));
	}

	@Then("the response is a Mautic error with code {int}")
	public void theResponseIsAMauticError(int code) {
		JsonNode error = json().path("errors").path(0);
		check(error.path("code").isInt() && error.path("code").asInt() == code && error.path("message").isString(),
				"expected Mautic's error envelope {\"errors\": [{\"code\": " + code + ", \"message\": ...}]}: "
						+ MauticApi.abbreviate(this.scenario.lastResponse().bodyText()));
	}

	@Then("the value at {string} is {string}")
	public void theValueIs(String path, String expected) {
		JsonNode value = value(path);
		check(value.isValueNode() && !value.isNull() && value.asString().equals(this.scenario.resolve(expected)),
				path + " is " + value + ", expected " + this.scenario.resolve(expected));
	}

	@Then("the value at {string} is null")
	public void theValueIsNull(String path) {
		JsonNode value = value(path);
		check(value.isNull(), path + " is " + value + ", expected null");
	}

	@Then("the value at {string} is the id of {string}")
	public void theValueIsTheIdOf(String path, String name) {
		theValueIs(path, "{" + name + "}");
	}

	@Then("the value at {string} is not the id of {string}")
	public void theValueIsNotTheIdOf(String path, String name) {
		JsonNode value = value(path);
		check(value.canConvertToLong() && !value.asString().equals(this.scenario.idOf(name)),
				path + " is " + value + ", expected an id other than " + this.scenario.idOf(name));
	}

	@Then("the value at {string} contains the run's marker")
	public void theValueContainsTheMarker(String path) {
		JsonNode value = value(path);
		check(value.isString() && value.asString().contains(this.scenario.marker()),
				path + " is " + value + ", expected it to contain " + this.scenario.marker());
	}

	@Then("the value at {string} has at least {int} entry/entries")
	public void theValueHasAtLeast(String path, int count) {
		int entries = JsonValues.entries(value(path));
		check(entries >= count, path + " has " + describe(entries) + ", expected at least " + count);
	}

	@Then("the value at {string} has at most {int} entry/entries")
	public void theValueHasAtMost(String path, int count) {
		int entries = JsonValues.entries(value(path));
		check(entries >= 0 && entries <= count, path + " has " + describe(entries) + ", expected at most " + count);
	}

	@Then("the value at {string} has an entry for {string}")
	public void theValueHasAnEntryFor(String path, String name) {
		String id = this.scenario.idOf(name);
		JsonNode collection = value(path);
		boolean listed = collection.has(id) || collection.valueStream().anyMatch((entry) -> entry.path("id").asString("").equals(id));
		check(listed, path + " does not list " + name + " (id " + id + "): " + MauticApi.abbreviate(collection.toString()));
	}

	@Then("the total at {string} is at least the number of entries at {string}")
	public void theTotalCountsTheEntries(String totalPath, String entriesPath) {
		JsonNode total = value(totalPath);
		int entries = JsonValues.entries(value(entriesPath));
		check(total.asString().matches("\\d+") && Long.parseLong(total.asString()) >= entries,
				totalPath + " is " + total + " but " + entriesPath + " has " + describe(entries));
	}

	@Then("contact {string} no longer exists")
	public void contactNoLongerExists(String name) {
		Exchange read = this.api.look("GET", "/contacts/" + this.scenario.idOf(name));
		check(read.status() == 404, "the contact is still there after its deletion: " + read);
	}

	private JsonNode value(String path) {
		return JsonValues.at(json(), this.scenario.resolve(path));
	}

	private JsonNode json() {
		Exchange response = this.scenario.lastResponse();
		check(response.body() != null, "the body is not JSON: " + MauticApi.abbreviate(response.bodyText()));
		return response.body();
	}

	private void check(boolean condition, String message) {
		if (!condition) {
			throw new AssertionError(this.scenario.lastResponse() + ": " + message);
		}
	}

	private static String describe(int entries) {
		return (entries < 0) ? "no collection" : entries + " entries";
	}

}
