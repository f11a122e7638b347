package org.mauticapi.sandbox.user;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mauticapi.sandbox.error.MauticApiException;
import org.mauticapi.sandbox.error.MauticErrors;
import org.mauticapi.sandbox.state.SandboxState;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/users/new}: creates a user (an owner for contacts) as Mautic's user API does (recording 007);
 * outside the documented Contacts API, so the sandbox needs it to build the same data set.
 */
@RestController
public class UserSetupController {

	private static final List<String> REQUIRED = List.of("username", "firstName", "lastName", "email");

	private final SandboxState state;

	private final UserStore users;

	private final UserJson json;

	public UserSetupController(SandboxState state, UserStore users, UserJson json) {
		this.state = state;
		this.users = users;
		this.json = json;
	}

	@PostMapping("/users/new")
	public Mono<ResponseEntity<JsonNode>> create(@RequestBody(required = false) Mono<JsonNode> body) {
		return body.defaultIfEmpty(JsonNodeFactory.instance.objectNode()).map(this::create);
	}

	private ResponseEntity<JsonNode> create(JsonNode payload) {
		Map<String, List<String>> errors = new LinkedHashMap<>();
		for (String key : REQUIRED) {
			if (payload.path(key).asString("").isBlank()) {
				errors.put(key, List.of("A value is required."));
			}
		}
		return this.state.write(() -> {
			String username = payload.path("username").asString("");
			if (!username.isBlank() && this.users.all().stream().anyMatch((user) -> user.username().equals(username))) {
				errors.put("username", List.of("The username must be unique."));
			}
			if (!errors.isEmpty()) {
				throw new MauticApiException(400, MauticErrors.validation(400, errors));
			}
			User user = this.users.create(username, payload.path("firstName").asString(),
					payload.path("lastName").asString(), payload.path("email").asString());
			ObjectNode answer = JsonNodeFactory.instance.objectNode();
			answer.set("user", this.json.created(user));
			return ResponseEntity.status(201).header("Location", "/api/users/" + user.id()).body(answer);
		});
	}

}
