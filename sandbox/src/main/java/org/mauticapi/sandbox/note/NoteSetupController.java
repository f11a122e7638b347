package org.mauticapi.sandbox.note;

import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/notes/new} as Mautic's note API answers it (recordings 029-032); outside the documented
 * Contacts API, so the sandbox needs it to build the same data set.
 */
@RestController
public class NoteSetupController {

	private final NoteService notes;

	public NoteSetupController(NoteService notes) {
		this.notes = notes;
	}

	@PostMapping("/notes/new")
	public Mono<ResponseEntity<JsonNode>> create(@RequestBody(required = false) Mono<JsonNode> body) {
		return body.defaultIfEmpty(JsonNodeFactory.instance.objectNode()).map(this.notes::create);
	}

}
