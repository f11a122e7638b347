package org.mauticapi.conformance.glue;

import io.cucumber.java.en.Given;

import org.mauticapi.conformance.ownership.EntityKind;

/**
 * "Given" steps: the data a scenario works on, either found on the target (read-only) or created by the run
 * (scenarios tagged {@code @writes}).
 */
public class DataSteps {

	private final ScenarioContext scenario;

	private final Discovery discovery;

	private final Fixtures fixtures;

	public DataSteps(ScenarioContext scenario, Discovery discovery, Fixtures fixtures) {
		this.scenario = scenario;
		this.discovery = discovery;
		this.fixtures = fixtures;
	}

	@Given("a contact that exists, called {string}")
	public void aContactThatExists(String name) {
		this.scenario.name(name, this.discovery.anyContact());
	}

	@Given("a contact with {relation}, called {string}")
	public void aContactWith(ContactRelation relation, String name) {
		this.scenario.name(name, this.discovery.contactWith(relation));
	}

	@Given("a point group that some contact has a score in, called {string}")
	public void aPointGroup(String name) {
		this.scenario.name(name, this.discovery.pointGroup());
	}

	@Given("a segment that exists, called {string}")
	public void aSegmentThatExists(String name) {
		this.scenario.name(name, this.discovery.anySegment());
	}

	@Given("an id that no {kind} has, called {string}")
	public void anUnusedId(EntityKind kind, String name) {
		this.scenario.name(name, this.discovery.unusedId(kind));
	}

	@Given("a contact I created, called {string}")
	public void aContactICreated(String name) {
		this.scenario.name(name, this.fixtures.contact(name));
	}

	@Given("a published segment I created, called {string}")
	public void aSegmentICreated(String name) {
		this.scenario.name(name, this.fixtures.segment(name));
	}

	@Given("contact {string} is in segment {string}")
	public void contactIsInSegment(String contact, String segment) {
		this.fixtures.addToSegment(this.scenario.idOf(contact), this.scenario.idOf(segment));
	}

	@Given("contact {string} has a UTM tag, called {string}")
	public void contactHasUtmTag(String contact, String name) {
		this.scenario.name(name, this.fixtures.utmTag(this.scenario.idOf(contact)));
	}

	@Given("contact {string} scores {int} in point group {string}")
	public void contactScores(String contact, int score, String group) {
		this.fixtures.groupScore(this.scenario.idOf(contact), this.scenario.idOf(group), score);
	}

	@Given("contact {string} does not want to be contacted by {word}")
	public void contactDoesNotWant(String contact, String channel) {
		this.fixtures.doNotContact(this.scenario.idOf(contact), channel);
	}

}
