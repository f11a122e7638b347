package org.mauticapi.conformance.glue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cucumber.java.en.Given;

import org.mauticapi.conformance.ownership.EntityKind;

/**
 * "Given" steps: the data a scenario works on, either found on the target (read-only) or
 * created by the run (scenarios tagged {@code @writes}, and read-only ones on a target
 * without data when writes are allowed).
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
		this.scenario.name(name, this.discovery.contact());
	}

	@Given("a contact with {relation}, called {string}")
	public void aContactWith(ContactRelation relation, String name) {
		this.scenario.name(name, this.discovery.contactWith(relation));
	}

	@Given("a point group, called {string}")
	public void aPointGroup(String name) {
		this.scenario.name(name, this.discovery.pointGroup());
	}

	@Given("a point group that contact {string} has a score in, called {string}")
	public void aPointGroupOf(String contact, String name) {
		this.scenario.name(name, this.discovery.pointGroupOf(this.scenario.idOf(contact)));
	}

	@Given("a company, called {string}")
	public void aCompany(String name) {
		this.scenario.name(name, this.discovery.company());
	}

	@Given("a user who can own contacts, called {string}")
	public void aUserWhoCanOwnContacts(String name) {
		this.scenario.name(name, this.discovery.owner());
	}

	@Given("a segment that exists, called {string}")
	public void aSegmentThatExists(String name) {
		this.scenario.name(name, this.discovery.segment());
	}

	@Given("an id that no {kind} has, called {string}")
	public void anUnusedId(EntityKind kind, String name) {
		this.scenario.name(name, this.discovery.unusedId(kind));
	}

	@Given("a contact I created, called {string}")
	public void aContactICreated(String name) {
		this.scenario.name(name, this.fixtures.contact(name));
	}

	@Given("contacts I created:")
	public void contactsICreated(List<Map<String, String>> rows) {
		for (Map<String, String> row : rows) {
			Map<String, String> fields = new LinkedHashMap<>(row);
			String name = fields.remove("name");
			this.scenario.name(name, this.fixtures.contact(name, fields));
			this.scenario.gaveFields(name, fields);
		}
	}

	@Given("a published segment I created, called {string}")
	public void aSegmentICreated(String name) {
		this.scenario.name(name, this.fixtures.segment(name, true));
	}

	@Given("segments I created:")
	public void segmentsICreated(List<Map<String, String>> rows) {
		for (Map<String, String> row : rows) {
			String name = row.get("name");
			this.scenario.name(name, this.fixtures.segment(name, Boolean.parseBoolean(row.get("published"))));
		}
	}

	@Given("contact {string} is in segment {string}")
	public void contactIsInSegment(String contact, String segment) {
		this.fixtures.addToSegment(this.scenario.idOf(contact), this.scenario.idOf(segment));
	}

	@Given("contact {string} is in company {string}")
	public void contactIsInCompany(String contact, String company) {
		this.fixtures.addToCompany(this.scenario.idOf(contact), this.scenario.idOf(company));
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

	@Given("contact {string} has {int} points")
	public void contactHasPoints(String contact, int points) {
		this.fixtures.points(this.scenario.idOf(contact), points);
	}

	@Given("contact {string} has a note {string}, called {string}")
	public void contactHasNote(String contact, String text, String name) {
		this.scenario.name(name, this.fixtures.note(this.scenario.idOf(contact), this.scenario.resolve(text)));
	}

	@Given("contact {string} was seen on a device, called {string}")
	public void contactWasSeenOnDevice(String contact, String name) {
		this.scenario.name(name, this.fixtures.device(this.scenario.idOf(contact)));
	}

}
