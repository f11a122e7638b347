package org.mauticapi.sandbox.device;

import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/devices/new} as Mautic's device API answers it (recordings 033-034); outside the documented
 * Contacts API, so the sandbox needs it to build the same data set.
 */
@RestController
public class DeviceSetupController {

	private final DeviceService devices;

	public DeviceSetupController(DeviceService devices) {
		this.devices = devices;
	}

	@PostMapping("/devices/new")
	public Mono<ResponseEntity<JsonNode>> create(@RequestBody(required = false) Mono<JsonNode> body) {
		return body.defaultIfEmpty(JsonNodeFactory.instance.objectNode()).map(this.devices::create);
	}

}
