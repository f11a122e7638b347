package org.mauticapi.sandbox.pointgroup;

import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The rest of Mautic's route
 * {@code /contacts/{id}/points/groups/{groupId}/{operator}/{value}}: the generated API
 * maps the five known operators, and any other one reaches this handler, which answers as
 * Mautic does (404 for a missing contact or group, then 400 "The requested operation is
 * not permitted.", recording 126).
 */
@RestController
public class PointGroupOperatorController {

	private final PointGroupService pointGroups;

	PointGroupOperatorController(PointGroupService pointGroups) {
		this.pointGroups = pointGroups;
	}

	@PostMapping("/contacts/{id:\\d+}/points/groups/{groupId:\\d+}/{operator}/{value}")
	public Mono<ResponseEntity<JsonNode>> change(@PathVariable("id") long id, @PathVariable("groupId") long groupId,
			@PathVariable("operator") String operator, @PathVariable("value") int value,
			@RequestBody(required = false) Mono<JsonNode> body) {
		return body.defaultIfEmpty(JsonNodeFactory.instance.objectNode())
			.map((json) -> this.pointGroups.change(id, groupId, operator, value, json));
	}

}
