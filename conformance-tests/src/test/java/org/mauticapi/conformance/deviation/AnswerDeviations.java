package org.mauticapi.conformance.deviation;

import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.mauticapi.conformance.deviation.Deviations.answer;
import static org.mauticapi.conformance.deviation.Deviations.json;
import static org.mauticapi.conformance.deviation.Deviations.lying;
import static org.mauticapi.conformance.deviation.Deviations.object;
import static org.mauticapi.conformance.deviation.Deviations.seen;

/**
 * Answers that deviate in status, shape, type, format or content.
 */
final class AnswerDeviations {

	private static final String MISSING = "/\\d{9,}";

	private AnswerDeviations() {
	}

	static List<Deviation> all() {
		return List.of(answer("a wrong status: 500 for a missing segment instead of 404",
				seen("getSegment", "@segments and @readonly", "does not exist"), "GET", "/segments" + MISSING,
				(answer) -> answer.withStatus(500)
					.withBody("{\"errors\": [{\"code\": 500, \"message\": \"Internal error\", \"details\": []}]}")),
				answer("a wrong status: 200 instead of 201 for a new contact",
						seen("createContact", "@contacts and @writes", "Create a contact"), "POST", "/contacts/new",
						(answer) -> (answer.status() == 201) ? answer.withStatus(200) : answer),
				answer("a wrong status: PUT of a missing contact answers 200 instead of 201",
						seen("replaceContact", "@contacts and @writes", "does not exist creates"), "PUT",
						"/contacts" + MISSING + "/edit", (answer) -> answer.withStatus(200)),
				answer("a missing contact's edit answered 400 instead of 404",
						seen("editContact", "@contacts and @writes", "Editing a contact that does not exist"), "PATCH",
						"/contacts" + MISSING + "/edit",
						(answer) -> answer.withStatus(400)
							.withBody(
									"{\"errors\": [{\"code\": 400, \"message\": \"Bad request\", \"details\": []}]}")),
				answer("a non-Mautic error shape for a missing contact's notes",
						seen("listContactNotes", "@notes", "does not exist"), "GET", "/contacts" + MISSING + "/notes",
						(answer) -> answer.withBody("{\"error\": {\"code\": 404, \"message\": \"Not found\"}}")),
				answer("an error without a message", seen("getContact", "@contacts and @readonly", "does not exist"),
						"GET", "/contacts" + MISSING,
						(answer) -> answer.withBody("{\"errors\": [{\"code\": 404, \"details\": []}]}")),
				answer("a 404 with an empty body", seen("getContact", "@contacts and @readonly", "does not exist"),
						"GET", "/contacts" + MISSING, (answer) -> answer.withBody("")),
				answer("an HTML error page instead of JSON", seen("listContactFields", "@lists", "available fields"),
						"GET", "/contacts/list/fields",
						(answer) -> answer.withStatus(500)
							.withContentType("text/html")
							.withBody("<html><body>Internal Server Error</body></html>")),
				answer("JSON labelled text/html", seen("getContact", "@contacts and @readonly", "Get one contact"),
						"GET", "/contacts/\\d+", (answer) -> answer.withContentType("text/html; charset=UTF-8")),
				answer("no authentication: the contact list served without credentials",
						seen("listContacts", "@contacts and @readonly", "needs credentials"), "GET", "/contacts",
						(answer) -> (answer.status() == 401)
								? answer.withStatus(200).withBody("{\"total\": \"0\", \"contacts\": []}") : answer),
				lying("wrong credentials accepted",
						seen("listContacts", "@contacts and @readonly", "Wrong credentials"), "GET", "/contacts",
						(request) -> request,
						(request, answer) -> request.hasWrongPassword()
								? answer.withStatus(200).withBody("{\"total\": \"0\", \"contacts\": []}") : answer),
				answer("the deprecated events route served as documented",
						seen("getContactEvents", "@activity", "deprecated events"), "GET", "/contacts/\\d+/events",
						(answer) -> answer.withStatus(200).withBody("""
								{"events": [], "filters": {"search": ""}, "order": ["", "ASC"], "types": {},
								 "total": 0, "page": 1, "limit": 25, "maxPages": 0}""")),
				answer("an invalid email accepted", seen("createContact", "@contacts and @writes", "invalid email"),
						"POST", "/contacts/new",
						(answer) -> (answer.status() == 400) ? answer.withStatus(201) : answer),
				answer("the documented key contactIds accepted",
						seen("addContactsToSegment", "@segment-membership", "contactIds"), "POST",
						"/segments/\\d+/contacts/add",
						(answer) -> (answer.status() == 400)
								? answer.withStatus(200).withBody("{\"success\": 1, \"details\": {}}") : answer),
				json("a missing required property: a segment without its name",
						seen("getSegment", "@segments and @readonly", "Get one segment"), "GET", "/segments/\\d{1,8}",
						(json) -> object(json, "list").remove("name")),
				json("a wrong type: the contact list's total as a number",
						seen("listContacts", "@contacts and @readonly", "first page"), "GET", "/contacts",
						(json) -> ((ObjectNode) json).put("total", json.path("total").asLong())),
				json("a wrong type: a contact's id as a string",
						seen("getContact", "@contacts and @readonly", "Get one contact"), "GET", "/contacts/\\d+",
						(json) -> object(json, "contact").put("id", json.path("contact").path("id").asString())),
				json("a wrong type: a segment's isPublished as 1",
						seen("getSegment", "@segments and @readonly", "Get one segment"), "GET", "/segments/\\d+",
						(json) -> object(json, "list").put("isPublished", 1)),
				json("the documented {\"success\": true} instead of Mautic's 1",
						seen("addContactPoints", "@points", "Add points"), "POST", "/contacts/\\d+/points/plus/\\d+",
						(json) -> ((ObjectNode) json).put("success", true)),
				json("a broken pagination total: fewer in total than on the page",
						seen("listContacts", "@contacts and @readonly", "first page"), "GET", "/contacts",
						(json) -> ((ObjectNode) json).put("total", "0")),
				json("a renamed envelope key: segments under \"segments\"",
						seen("listSegments", "@segments and @readonly", "List segments"), "GET", "/segments",
						(json) -> ((ObjectNode) json).set("segments", ((ObjectNode) json).remove("lists"))),
				json("a contact's segments under the documented key \"segments\"",
						seen("listContactSegments", "@memberships", "A contact's segments"), "GET",
						"/contacts/\\d+/segments",
						(json) -> ((ObjectNode) json).set("segments", ((ObjectNode) json).remove("lists"))),
				json("a date in SQL format", seen("getContact", "@contacts and @readonly", "Get one contact"), "GET",
						"/contacts/\\d+",
						(json) -> object(json, "contact").put("dateAdded",
								json.path("contact")
									.path("dateAdded")
									.asString()
									.replace("T", " ")
									.replaceAll("[+-]\\d\\d:\\d\\d$", ""))),
				json("a date in UTC with a Z", seen("listSegments", "@segments and @readonly", "List segments"), "GET",
						"/segments",
						(json) -> json.path("lists")
							.forEach((segment) -> ((ObjectNode) segment).put("dateAdded",
									segment.path("dateAdded").asString().replace("+00:00", "Z")))),
				json("an activity timestamp in milliseconds",
						seen("listContactActivity", "@activity", "A contact's activity"), "GET",
						"/contacts/\\d+/activity",
						(json) -> json.path("events")
							.forEach((event) -> ((ObjectNode) event).put("timestamp", 1764988800000L))),
				json("a contact's do-not-contact entries missing from its answer",
						seen(Set.of("getContact", "addContactDoNotContact"), "@do-not-contact", "Put a contact on"),
						"GET", "/contacts/\\d+", (json) -> object(json, "contact").putArray("doNotContact")),
				answer("an empty list of owners", seen("listContactOwners", "@lists", "available owners|who creates"),
						"GET", "/contacts/list/owners", (answer) -> answer.withBody("[]")),
				answer("owners keyed by id instead of a list", seen("listContactOwners", "@lists", "available owners"),
						"GET", "/contacts/list/owners",
						(answer) -> answer
							.withBody("{\"1\": {\"id\": 1, \"firstName\": \"Admin\", \"lastName\": \"User\"}}")),
				json("the fields list without email", seen("listContactFields", "@lists", "available fields"), "GET",
						"/contacts/list/fields",
						(json) -> ((ObjectNode) json).remove(json.properties()
							.stream()
							.filter((field) -> "email".equals(field.getValue().path("alias").asString()))
							.map(Map.Entry::getKey)
							.toList())),
				json("a contact's devices answered empty",
						seen("listContactDevices", "@memberships and @writes", "devices"), "GET",
						"/contacts/\\d+/devices", AnswerDeviations::empty),
				json("a contact's companies answered empty",
						seen("listContactCompanies", "@memberships and @writes", "companies"), "GET",
						"/contacts/\\d+/companies", AnswerDeviations::empty),
				json("the user's segments answered empty",
						seen("listUserSegments", "@user-segments", "are the published ones"), "GET",
						"/contacts/list/segments", (json) -> ((ObjectNode) json).removeAll()),
				json("a contact's activity without its events",
						seen("listContactActivity", "@activity", "shows what happened"), "GET",
						"/contacts/\\d+/activity", (json) -> ((ArrayNode) json.path("events")).removeAll()),
				json("a contact's point group scores answered empty",
						seen("listContactPointGroupScores", "@point-groups and @readonly", "every point group"), "GET",
						"/contacts/\\d+/points/groups", (json) -> {
							((ArrayNode) json.path("groupScores")).removeAll();
							((ObjectNode) json).put("total", 0);
						}),
				json("a point group score read off by one",
						seen(Set.of("getContactPointGroupScore", "addContactPointGroupScore",
								"subtractContactPointGroupScore", "setContactPointGroupScore",
								"divideContactPointGroupScore", "multiplyContactPointGroupScore"),
								"@point-groups and @writes", "Change a point group score"),
						"GET", "/contacts/\\d+/points/groups/\\d+", (json) -> object(json, "groupScore").put("score",
								json.path("groupScore").path("score").asInt() + 1)));
	}

	// A contact's list answered as if it had no entry: Mautic's {"total": 0, "<key>":
	// []}.
	private static void empty(JsonNode json) {
		ObjectNode answer = (ObjectNode) json;
		for (String key : List.copyOf(answer.propertyNames())) {
			if (!key.equals("total")) {
				answer.putArray(key);
			}
		}
		answer.put("total", 0);
	}

}
