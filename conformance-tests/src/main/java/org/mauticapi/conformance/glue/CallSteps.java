package org.mauticapi.conformance.glue;

import io.cucumber.java.en.When;

import org.mauticapi.conformance.http.Authentication;

/** "When" steps: the one call a scenario is about, to a documented operation. */
public class CallSteps {

	private final MauticApi api;

	private final ScenarioContext scenario;

	public CallSteps(MauticApi api, ScenarioContext scenario) {
		this.api = api;
		this.scenario = scenario;
	}

	@When("I call {method} {path}")
	public void call(String method, String path) {
		this.scenario.lastResponse(this.api.act(method, this.scenario.resolve(path), null, Authentication.VALID));
	}

	@When("I call {method} {path} with:")
	public void callWithBody(String method, String path, String body) {
		this.scenario.lastResponse(
				this.api.act(method, this.scenario.resolve(path), this.scenario.resolve(body), Authentication.VALID));
	}

	@When("I call {method} {path} without credentials")
	public void callWithoutCredentials(String method, String path) {
		this.scenario.lastResponse(this.api.act(method, this.scenario.resolve(path), null, Authentication.NONE));
	}

	@When("I call {method} {path} with wrong credentials")
	public void callWithWrongCredentials(String method, String path) {
		this.scenario.lastResponse(this.api.act(method, this.scenario.resolve(path), null, Authentication.WRONG));
	}

}
