package org.mauticapi.gateway.health;

import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/upstreams}: for operators, each upstream's reachability with its URL,
 * authentication mode, Mautic version, circuit state and the time its check took.
 * {@code /actuator/health} shows anyone its status only; these details need a gateway API
 * key.
 */
@Component
@Endpoint(id = "upstreams")
public class UpstreamsEndpoint {

	private final UpstreamHealthIndicator health;

	public UpstreamsEndpoint(UpstreamHealthIndicator health) {
		this.health = health;
	}

	@ReadOperation
	public Mono<Map<String, Object>> upstreams() {
		return this.health.health()
			.map((health) -> Map.of("status", health.getStatus().getCode(), "upstreams", health.getDetails()));
	}

}
