package org.mauticapi.sandbox.seed;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.mauticapi.contract.ContractRequest;
import org.mauticapi.contract.RouteMatch;
import org.mauticapi.php.PhpArray;
import org.mauticapi.contract.MauticApiContract;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class DemoSeedTests {

	// The routes the demo may use; the first group is outside the contract (setup calls
	// of the recordings).
	private static final Set<String> OUTSIDE_CONTRACT = Set.of("/api/users/new", "/api/fields/contact/new",
			"/api/companies/new", "/api/companies/{id}/contact/{id}/add", "/api/notes/new", "/api/devices/new",
			"/api/points/groups/new", "/api/campaigns/new", "/api/campaigns/{id}/contact/{id}/add");

	private static final Set<String> DOCUMENTED = Set.of("/api/contacts/new", "/api/segments/new",
			"/api/segments/{id}/contact/{id}/add", "/api/segments/{id}/contacts/add",
			"/api/contacts/{id}/points/groups/{id}/plus/{id}", "/api/contacts/{id}/utm/add",
			"/api/contacts/{id}/dnc/email/add", "/api/contacts/{id}/points/plus/{id}",
			"/api/contacts/{id}/points/minus/{id}");

	private final SeedScript script = DemoSeed.script();

	@Test
	void isTheSameScriptOnEveryBuild() {
		SeedScript again = DemoSeed.script();

		assertThat(again).isEqualTo(this.script);
		assertThat(again.toJson()).isEqualTo(this.script.toJson());
	}

	@Test
	void createsAboutThreeHundredContactsInBatchesOfAtMostTwoHundred() {
		List<JsonNode> batches = bodies("/api/contacts/batch/new");

		assertThat(batches).allSatisfy((batch) -> assertThat(batch.size()).isBetween(1, DemoContacts.BATCH_LIMIT));
		assertThat(batches.stream().mapToInt(JsonNode::size).sum()).isEqualTo(DemoSeed.CONTACTS);
	}

	@Test
	void givesEveryIdentifiedContactItsOwnEmail() {
		List<String> emails = new ArrayList<>();
		bodies("/api/contacts/batch/new")
			.forEach((batch) -> batch.forEach((contact) -> emails.add(contact.path("email").asString(""))));
		List<String> given = emails.stream().filter((email) -> !email.isEmpty()).toList();

		assertThat(given).doesNotHaveDuplicates().hasSizeGreaterThan(250);
	}

	@Test
	void usesOnlyTheSeedRoutesAndEveryOneOfThem() {
		Set<String> routes = this.script.requests()
			.stream()
			.map((request) -> RecordedBodies.route(request.path()))
			.collect(Collectors.toCollection(TreeSet::new));

		Set<String> expected = new TreeSet<>(OUTSIDE_CONTRACT);
		expected.addAll(DOCUMENTED);
		assertThat(routes).isEqualTo(expected);
		assertThat(this.script.requests()).allSatisfy((request) -> assertThat(request.method()).isEqualTo("POST"));
	}

	@Test
	void sendsOnlyBodyKeysThatRecordedRequestsOfTheSameRouteUsed() {
		RecordedBodies recorded = RecordedBodies.load();
		List<String> unknown = new ArrayList<>();

		for (SeedRequest request : this.script.requests()) {
			if (request.body() != null) {
				Set<String> keys = new TreeSet<>(RecordedBodies.keyPaths(request.path(), request.body()));
				keys.removeAll(recorded.keys(RecordedBodies.route(request.path())));
				keys.forEach((key) -> unknown.add(request + " " + key));
			}
		}

		assertThat(recorded.keys("/api/segments/new")).contains("filters[].properties.filter");
		assertThat(unknown).isEmpty();
	}

	@Test
	void sendsDocumentedOperationsThatConformToTheContract() {
		MauticApiContract contract = MauticApiContract.load();
		List<String> violations = new ArrayList<>();
		Set<String> outside = new HashSet<>();

		for (SeedRequest request : this.script.requests()) {
			Optional<RouteMatch> route = contract.route(request.method(), request.path());
			if (route.isEmpty()) {
				outside.add(RecordedBodies.route(request.path()));
				continue;
			}
			ContractRequest checked = ContractRequest.withJson(route.get(), new PhpArray(), request.body());
			contract.validateRequest(checked).forEach((violation) -> violations.add(request + ": " + violation));
		}

		assertThat(outside).isEqualTo(OUTSIDE_CONTRACT);
		assertThat(violations).isEmpty();
	}

	@Test
	void refersOnlyToContactsItCreated() {
		List<Integer> contactIds = new ArrayList<>();

		for (SeedRequest request : this.script.requests()) {
			String[] segments = request.path().split("/");
			for (int i = 0; i < segments.length - 1; i++) {
				if (segments[i].equals("contacts") || segments[i].equals("contact")) {
					addIfNumeric(contactIds, segments[i + 1]);
				}
			}
			if (request.body() != null) {
				request.body().path("ids").forEach((id) -> contactIds.add(id.asInt()));
				if (request.body().has("lead")) {
					contactIds.add(request.body().get("lead").asInt());
				}
			}
		}

		assertThat(contactIds).hasSizeGreaterThan(300)
			.allSatisfy((id) -> assertThat(id).isBetween(1, DemoSeed.CONTACTS));
	}

	private static void addIfNumeric(List<Integer> ids, String segment) {
		if (segment.matches("\\d+")) {
			ids.add(Integer.parseInt(segment));
		}
	}

	private List<JsonNode> bodies(String path) {
		return this.script.requests()
			.stream()
			.filter((request) -> request.path().equals(path))
			.map(SeedRequest::body)
			.toList();
	}

}
