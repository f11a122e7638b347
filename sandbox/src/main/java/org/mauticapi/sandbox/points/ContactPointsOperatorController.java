package org.mauticapi.sandbox.points;

import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The contact points operators Mautic routes but does not document, {@code times} and
 * {@code divide} (recording 098); {@code plus} and {@code minus} are the generated API's.
 */
@RestController
public class ContactPointsOperatorController {

	private final PointsService points;

	public ContactPointsOperatorController(PointsService points) {
		this.points = points;
	}

	@PostMapping("/contacts/{id:\\d+}/points/{operator:times|divide}/{value}")
	public Mono<ResponseEntity<JsonNode>> change(@PathVariable("id") long id, @PathVariable("operator") String operator,
			@PathVariable("value") int value, @RequestBody(required = false) Mono<JsonNode> body) {
		return body.defaultIfEmpty(JsonNodeFactory.instance.objectNode())
			.map((json) -> this.points.change(id, operator, value, json));
	}

}
