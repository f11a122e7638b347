package org.mauticapi.gateway.drift;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/drift}: the drift sentinel's mode and the latest answers of Mautic
 * that did not conform to the contract, latest first, each with its operation and first
 * violation.
 */
@Component
@Endpoint(id = "drift")
public class DriftEndpoint {

	private final DriftSentinel sentinel;

	public DriftEndpoint(DriftSentinel sentinel) {
		this.sentinel = sentinel;
	}

	@ReadOperation
	public Map<String, Object> drift() {
		Map<String, Object> report = new LinkedHashMap<>();
		report.put("mode", this.sentinel.mode().name().toLowerCase(java.util.Locale.ROOT));
		report.put("recent", this.sentinel.recent());
		return report;
	}

}
