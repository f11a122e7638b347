package org.mauticapi.gateway.rest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import org.mauticapi.contract.MauticApiContract;
import org.mauticapi.contract.RequestViolation;
import org.mauticapi.gateway.error.GatewayError;
import org.mauticapi.gateway.rest.RestProperties.Unrouted;
import org.mauticapi.php.PhpArray;
import org.mauticapi.php.PhpQueryWriter;

/**
 * Requests under {@code /api} that are no operation of the contract: Mautic routes many
 * more (notes, fields, point groups, companies, ...) that existing clients use. By
 * default they are forwarded, so that the gateway is a drop-in; their query is still read
 * as PHP reads it (what PHP would misread is refused) and the list parameters that reach
 * SQL in every Mautic list ({@code where}, {@code order}, {@code select},
 * {@code orderBy}) are checked. Each is counted.
 */
@Component
class UnroutedRequests {

	private final MauticApiContract contract;

	private final MauticRequestReader reader;

	private final Unrouted policy;

	private final Counter forwarded;

	private final Counter refused;

	UnroutedRequests(MauticApiContract contract, MauticRequestReader reader, RestProperties properties,
			MeterRegistry registry) {
		this.contract = contract;
		this.reader = reader;
		this.policy = properties.unrouted();
		this.forwarded = counter(registry, "forwarded");
		this.refused = counter(registry, "refused");
	}

	private static Counter counter(MeterRegistry registry, String outcome) {
		return Counter.builder("mautic.gateway.unrouted.requests")
			.description("Requests under /api that are no operation of the contract")
			.tag("outcome", outcome)
			.register(registry);
	}

	/**
	 * Reads a request outside the contract.
	 * @param target the request target
	 * @param body the body bytes, empty when there is none
	 * @param contentType the caller's content type, or null
	 * @return what to forward
	 * @throws GatewayError 404 when such requests are refused, 400 for a query PHP would
	 * misread or a list parameter that could reach SQL unchecked
	 */
	ForwardRequest read(RequestTarget target, byte[] body, @Nullable String contentType) {
		if (this.policy == Unrouted.REFUSE) {
			this.refused.increment();
			throw GatewayError.typed(404,
					"Requested URL not found: " + GatewayError.printable(target.rawPath())
							+ " (this gateway only serves the operations of its contract: mautic.rest.unrouted=refuse)",
					"unrouted");
		}
		Map<String, List<String>> problems = new LinkedHashMap<>();
		PhpArray query = this.reader.readQuery(target.rawQuery(), problems);
		if (problems.isEmpty()) {
			for (RequestViolation violation : this.contract.validateUnroutedQuery(query)) {
				problems.computeIfAbsent(violation.parameter(), (key) -> new ArrayList<>()).add(violation.message());
			}
		}
		if (!problems.isEmpty()) {
			throw GatewayError.invalid(problems);
		}
		this.forwarded.increment();
		String encoded = PhpQueryWriter.write(query);
		String pathAndQuery = encoded.isEmpty() ? target.rawPath() : target.rawPath() + "?" + encoded;
		return new ForwardRequest(ForwardRequest.UNROUTED, pathAndQuery, (body.length > 0) ? body : null,
				(body.length > 0) ? contentType : null, RequestTarget.isApi(target.rawPath()));
	}

}
