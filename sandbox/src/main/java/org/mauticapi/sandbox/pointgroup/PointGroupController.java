package org.mauticapi.sandbox.pointgroup;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.mauticapi.sandbox.error.MauticApiException;
import org.mauticapi.sandbox.error.MauticErrors;
import org.mauticapi.sandbox.state.SandboxState;
import org.mauticapi.sandbox.user.UserStore;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The setup endpoint that creates point groups, {@code POST /api/points/groups/new} (recordings 035 and 036): not
 * part of the Contacts API, but the groups its scores refer to have to come from somewhere.
 */
@RestController
public class PointGroupController {

	private final SandboxState state;

	private final PointGroupStore groups;

	private final UserStore users;

	PointGroupController(SandboxState state, PointGroupStore groups, UserStore users) {
		this.state = state;
		this.groups = groups;
		this.users = users;
	}

	@PostMapping("/points/groups/new")
	public Mono<ResponseEntity<JsonNode>> create(@RequestBody(required = false) Mono<JsonNode> body) {
		return body.defaultIfEmpty(JsonNodeFactory.instance.objectNode()).map(this::create);
	}

	private ResponseEntity<JsonNode> create(JsonNode body) {
		JsonNode name = body.path("name");
		if (!name.isValueNode() || name.isNull() || name.asString().isBlank()) {
			throw new MauticApiException(400,
					MauticErrors.validation(400, Map.of("name", List.of("A value is required."))));
		}
		JsonNode description = body.path("description");
		return this.state.write(() -> {
			PointGroup group = this.groups.create(name.asString(),
					description.isValueNode() && !description.isNull() ? description.asString() : null,
					this.users.currentUser());
			ObjectNode answer = JsonNodeFactory.instance.objectNode();
			answer.set("pointGroup", group.entity());
			return ResponseEntity.created(URI.create("/api/points/groups/" + group.id())).body(answer);
		});
	}

}
