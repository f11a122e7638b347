package org.mauticapi.conformance.deviation;

import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.mauticapi.conformance.deviation.Deviations.lying;
import static org.mauticapi.conformance.deviation.Deviations.object;
import static org.mauticapi.conformance.deviation.Deviations.seen;

/**
 * Writes that answer success but change nothing, or something else: only a later read
 * shows them.
 */
final class WriteDeviations {

	private static final String SUCCESS = "{\"success\": 1}";

	private WriteDeviations() {
	}

	static List<Deviation> all() {
		return List.of(
				lying("an edit answers the change but stores nothing",
						seen("editContact", "@contacts and @writes", "Edit some fields"), "PATCH",
						"/contacts/\\d+/edit", (request) -> request.withBody("{}"), WriteDeviations::claimFields),
				lying("a replace keeps the fields it was not given",
						seen("replaceContact", "@contacts and @writes", "Replace a contact:"), "PUT",
						"/contacts/\\d+/edit", (request) -> request.to("PATCH", request.pathWithoutQuery()),
						(request, answer) -> answer),
				lying("a delete answers the deleted contact but deletes nothing",
						seen("deleteContact", "@contacts and @writes", "Delete a contact"), "DELETE",
						"/contacts/\\d+/delete",
						(request) -> request.to("GET", request.pathWithoutQuery().replace("/delete", "")),
						(request, answer) -> answer.editJson((json) -> object(json, "contact").putNull("id"))),
				lying("points added are not stored", seen("addContactPoints", "@points", "Add points"), "POST",
						"/contacts/\\d+/points/plus/\\d+",
						(request) -> request.to("POST", request.pathWithoutQuery().replaceAll("/\\d+$", "/0")),
						(request, answer) -> answer),
				lying("points subtracted are not stored", seen("subtractContactPoints", "@points", "Subtract points"),
						"POST", "/contacts/\\d+/points/minus/\\d+",
						(request) -> request.to("POST", request.pathWithoutQuery().replaceAll("/\\d+$", "/0")),
						(request, answer) -> answer),
				lying("do-not-contact entries are stored for another channel than asked",
						seen("addContactDoNotContact", "@do-not-contact", "Put a contact on"), "POST",
						"/contacts/\\d+/dnc/email/add",
						(request) -> request.to("POST", request.pathWithoutQuery().replace("/email/", "/sms/")),
						(request, answer) -> answer),
				lying("removing from the do-not-contact list answers recordFound but removes nothing",
						seen("removeContactDoNotContact", "@do-not-contact", "Take a contact off"), "POST",
						"/contacts/\\d+/dnc/email/remove",
						(request) -> request.to("POST", request.pathWithoutQuery().replace("/email/", "/sms/")),
						(request, answer) -> answer.editJson((json) -> ((ObjectNode) json).put("recordFound", true))),
				lying("UTM tags are stored with another campaign than sent",
						seen("addContactUtmTags", "@utm", "Record UTM tags"), "POST", "/contacts/\\d+/utm/add",
						(request) -> request.withBody(request.body()
							.replaceAll("\"utm_campaign\": *\"[^\"]*\"", "\"utm_campaign\": \"something else\"")),
						(request, answer) -> answer),
				lying("removing a UTM tag answers recordFound but removes nothing",
						seen("removeContactUtmTag", "@utm", "Remove a UTM tag"), "POST",
						"/contacts/\\d+/utm/\\d+/remove",
						(request) -> request.to("POST",
								request.pathWithoutQuery().replaceAll("/utm/\\d+/", "/utm/999999999/")),
						(request, answer) -> answer.withStatus(200)
							.editJson((json) -> ((ObjectNode) json).put("recordFound", true))),
				lying("adding a contact to a segment answers success but adds nothing",
						seen("addContactToSegment", "@segment-membership", "Add a contact to a segment"), "POST",
						"/segments/\\d+/contact/\\d+/add", (request) -> request.to("GET", "/segments"),
						(request, answer) -> answer.withBody(SUCCESS)),
				lying("removing a contact from a segment answers success but removes nothing",
						seen("removeContactFromSegment", "@segment-membership", "Remove a contact"), "POST",
						"/segments/\\d+/contact/\\d+/remove", (request) -> request.to("GET", "/segments"),
						(request, answer) -> answer.withBody(SUCCESS)),
				lying("adding several contacts to a segment adds only the first",
						seen("addContactsToSegment", "@segment-membership", "Add several"), "POST",
						"/segments/\\d+/contacts/add",
						(request) -> request.withBody(request.body().replaceAll("\\[(\\d+),[^\\]]*]", "[$1]")),
						WriteDeviations::claimEveryId),
				lying("a segment edit answers the change but stores nothing",
						seen("editSegment", "@segments and @writes", "Edit a segment"), "PATCH", "/segments/\\d+/edit",
						(request) -> request.withBody("{}"),
						(request,
								answer) -> answer.editJson((json) -> object(json, "list").put("description",
										JsonMapper.shared().readTree(request.body()).path("description").asString()))),
				lying("a segment delete answers the deleted segment but deletes nothing",
						seen("deleteSegment", "@segments and @writes", "Delete a segment"), "DELETE",
						"/segments/\\d+/delete",
						(request) -> request.to("GET", request.pathWithoutQuery().replace("/delete", "")),
						(request, answer) -> answer.editJson((json) -> object(json, "list").putNull("id"))),
				lying("a point group score added is answered but not stored",
						seen("addContactPointGroupScore", "@point-groups and @writes", "Change a point group score"),
						"POST", "/contacts/\\d+/points/groups/\\d+/plus/\\d+",
						(request) -> request.to("POST", request.pathWithoutQuery().replaceAll("/\\d+$", "/0")),
						(request,
								answer) -> answer.editJson((json) -> object(json, "groupScore").put("score",
										json.path("groupScore").path("score").asInt() + lastNumber(request)))),
				lying("a batch edit answers success but stores nothing",
						seen("editContactsBatch", "@batch", "Edit contacts in a batch"), "PATCH",
						"/contacts/batch/edit",
						(request) -> request.withBody(request.body().replaceAll(", *\"city\": *\"[^\"]*\"", "")),
						(request, answer) -> answer),
				lying("a batch delete deletes nothing", seen("deleteContactsBatch", "@batch", "Delete contacts"),
						"DELETE", "/contacts/batch/delete",
						(request) -> request.withPath("/contacts/batch/delete?ids=999999999"),
						(request, answer) -> answer));
	}

	// The answer of a PATCH claims the fields sent, as if they had been stored.
	private static ProxiedAnswer claimFields(ProxiedRequest request, ProxiedAnswer answer) {
		JsonNode sent = JsonMapper.shared().readTree(request.body());
		return answer.editJson((json) -> sent.properties()
			.forEach((field) -> object(json, "contact.fields.all").set(field.getKey(), field.getValue())));
	}

	// The answer of a batch add claims every id sent.
	private static ProxiedAnswer claimEveryId(ProxiedRequest request, ProxiedAnswer answer) {
		JsonNode sent = JsonMapper.shared().readTree(request.body()).path("ids");
		return answer.editJson(
				(json) -> sent.forEach((id) -> object(json, "details").putObject(id.asString()).put("success", true)));
	}

	private static int lastNumber(ProxiedRequest request) {
		String path = request.pathWithoutQuery();
		return Integer.parseInt(path.substring(path.lastIndexOf('/') + 1));
	}

}
