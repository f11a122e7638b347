package org.mauticapi.conformance.glue;

import java.util.List;

import io.cucumber.java.en.Then;
import tools.jackson.databind.JsonNode;

import org.mauticapi.conformance.http.Exchange;
import org.mauticapi.conformance.shape.AnswerShapes;

/**
 * "Then" steps about the answer of the scenario's action: its status, shape and values.
 * Each failure message starts with the exchange, so the report says which call deviated
 * and how.
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
		Answers.check(response, response.status() == status,
				"expected status " + status + ": " + AnswerShapes.abbreviate(response.bodyText()));
	}

	@Then("the response matches the spec's schema for this operation and status")
	public void theResponseMatchesTheSchema() {
		Exchange response = this.scenario.lastResponse();
		List<String> problems = this.api.shapeProblems(response);
		Answers.check(response, problems.isEmpty(),
				"the answer does not have the spec's shape: " + String.join("; ", problems));
	}

	@Then("the response is a Mautic error with code {int}")
	public void theResponseIsAMauticError(int code) {
		JsonNode error = json().path("errors").path(0);
		Answers.check(this.scenario.lastResponse(),
				error.path("code").isInt() && error.path("code").asInt() == code && error.path("message").isString()
						&& !error.path("message").asString().isBlank(),
				"expected Mautic's error envelope {\"errors\": [{\"code\": " + code + ", \"message\": ...}]}: "
						+ AnswerShapes.abbreviate(this.scenario.lastResponse().bodyText()));
	}

	@Then("the value at {string} is {string}")
	public void theValueIs(String path, String expected) {
		JsonNode value = value(path);
		String wanted = this.scenario.resolve(expected);
		Answers.check(this.scenario.lastResponse(), JsonValues.text(value).filter(wanted::equals).isPresent(),
				path + " is " + value + ", expected " + wanted);
	}

	@Then("the value at {string} is null")
	public void theValueIsNull(String path) {
		JsonNode value = value(path);
		Answers.check(this.scenario.lastResponse(), value.isNull(), path + " is " + value + ", expected null");
	}

	@Then("the value at {string} is not null")
	public void theValueIsNotNull(String path) {
		JsonNode value = value(path);
		Answers.check(this.scenario.lastResponse(), !value.isNull() && !value.isMissingNode(),
				path + " is " + value + ", expected a value");
	}

	@Then("the value at {string} is the id of {string}")
	public void theValueIsTheIdOf(String path, String name) {
		theValueIs(path, "{" + name + "}");
	}

	@Then("the value at {string} is not the id of {string}")
	public void theValueIsNotTheIdOf(String path, String name) {
		JsonNode value = value(path);
		Answers.check(this.scenario.lastResponse(),
				value.canConvertToLong() && !value.asString().equals(this.scenario.idOf(name)),
				path + " is " + value + ", expected an id other than " + this.scenario.idOf(name));
	}

	@Then("the value at {string} contains the run's marker")
	public void theValueContainsTheMarker(String path) {
		JsonNode value = value(path);
		Answers.check(this.scenario.lastResponse(),
				value.isString() && value.asString().contains(this.scenario.marker()),
				path + " is " + value + ", expected it to contain " + this.scenario.marker());
	}

	@Then("the value at {string} has at least {int} entry/entries")
	public void theValueHasAtLeast(String path, int count) {
		int entries = JsonValues.entries(value(path));
		Answers.check(this.scenario.lastResponse(), entries >= count,
				path + " has " + describe(entries) + ", expected at least " + count);
	}

	@Then("the value at {string} has at most {int} entry/entries")
	public void theValueHasAtMost(String path, int count) {
		int entries = JsonValues.entries(value(path));
		Answers.check(this.scenario.lastResponse(), entries >= 0 && entries <= count,
				path + " has " + describe(entries) + ", expected at most " + count);
	}

	@Then("the total at {string} is at least the number of entries at {string}")
	public void theTotalCountsTheEntries(String totalPath, String entriesPath) {
		JsonNode total = value(totalPath);
		int entries = JsonValues.entries(value(entriesPath));
		boolean counted = JsonValues.text(total)
			.filter((text) -> text.matches("\\d+"))
			.map(Long::parseLong)
			.filter((number) -> number >= entries)
			.isPresent();
		Answers.check(this.scenario.lastResponse(), counted,
				totalPath + " is " + total + " but " + entriesPath + " has " + describe(entries));
	}

	@Then("the id at {string} is called {string}")
	public void theIdIsCalled(String path, String name) {
		JsonNode value = value(path);
		Answers.check(this.scenario.lastResponse(), value.canConvertToLong(), path + " is " + value + ", not an id");
		this.scenario.name(name, value.asLong());
	}

	private JsonNode value(String path) {
		return JsonValues.at(json(), this.scenario.resolve(path));
	}

	private JsonNode json() {
		return Answers.json(this.scenario.lastResponse());
	}

	private static String describe(int entries) {
		return (entries < 0) ? "no collection" : entries + " entries";
	}

}
