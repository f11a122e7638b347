package org.mauticapi.gateway.rest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import org.mauticapi.contract.ContractOperation;
import org.mauticapi.contract.ContractRequest;
import org.mauticapi.contract.MauticApiContract;
import org.mauticapi.contract.RequestViolation;
import org.mauticapi.gateway.config.GatewayProperties;
import org.mauticapi.gateway.error.GatewayError;

/**
 * Checks every {@code /api} request against the contract before anything else sees it: path and query parameters
 * (unknown ones and every {@code where} key at any depth included, CVE-2026-4776), the body (JSON or form, at most
 * {@code mautic.max-body-size}). A request that does not conform is answered 400 naming each offending parameter, and
 * never reaches Mautic. A conforming one continues with its body kept as sent.
 */
@Component
public class ContractValidationFilter implements WebFilter, Ordered {

	private final MauticApiContract contract;

	private final int maxBodyBytes;

	public ContractValidationFilter(MauticApiContract contract, GatewayProperties properties) {
		this.contract = contract;
		this.maxBodyBytes = (int) properties.maxBodySize().toBytes();
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		ServerHttpRequest request = exchange.getRequest();
		String path = request.getPath().pathWithinApplication().value();
		if (!path.startsWith("/api/")) {
			return chain.filter(exchange);
		}
		Optional<ContractOperation> operation = this.contract.operation(request.getMethod().name(), path);
		if (operation.isEmpty()) {
			// Not a documented operation: routing answers 404 or 405.
			return chain.filter(exchange);
		}
		if (request.getHeaders().getContentLength() > this.maxBodyBytes) {
			return Mono.error(tooLarge());
		}
		return DataBufferUtils.join(request.getBody(), this.maxBodyBytes)
			.map(ContractValidationFilter::bytesOf)
			.defaultIfEmpty(new byte[0])
			.onErrorMap(DataBufferLimitException.class, (error) -> tooLarge())
			.flatMap((body) -> {
				validate(request, path, body);
				exchange.getAttributes()
					.put(ValidatedRequest.ATTRIBUTE,
							new ValidatedRequest(operation.get(), body, request.getHeaders().getContentType()));
				return chain.filter(exchange.mutate().request(withBody(request, body)).build());
			});
	}

	private void validate(ServerHttpRequest request, String path, byte[] body) {
		MediaType contentType = request.getHeaders().getContentType();
		JsonNode tree = RequestBodies.read(body, contentType);
		List<RequestViolation> violations = this.contract.validateRequest(new ContractRequest(
				request.getMethod().name(), path, request.getQueryParams(), tree, RequestBodies.isForm(contentType)));
		if (!violations.isEmpty()) {
			Map<String, List<String>> problems = new LinkedHashMap<>();
			violations.forEach((violation) -> problems
				.computeIfAbsent(violation.parameter(), (key) -> new java.util.ArrayList<>())
				.add(violation.message()));
			throw GatewayError.invalid(problems);
		}
	}

	private GatewayError tooLarge() {
		return GatewayError.invalid("body", "is larger than the " + this.maxBodyBytes
				+ " bytes this gateway accepts (mautic.max-body-size)");
	}

	private static byte[] bytesOf(DataBuffer buffer) {
		try {
			byte[] bytes = new byte[buffer.readableByteCount()];
			buffer.read(bytes);
			return bytes;
		}
		finally {
			DataBufferUtils.release(buffer);
		}
	}

	// The body was read to check it; whoever reads it next gets the same bytes again. Spring refuses to bind a
	// form-encoded body to the generated interfaces' @RequestBody (it keeps forms for getFormData()), so a form is
	// shown to the handler as JSON; what goes upstream is the bytes and content type the caller sent.
	private static ServerHttpRequest withBody(ServerHttpRequest request, byte[] body) {
		boolean form = RequestBodies.isForm(request.getHeaders().getContentType());
		HttpHeaders headers = new HttpHeaders();
		headers.addAll(request.getHeaders());
		if (form) {
			headers.setContentType(MediaType.APPLICATION_JSON);
		}
		return new ServerHttpRequestDecorator(request) {

			@Override
			public HttpHeaders getHeaders() {
				return headers;
			}

			@Override
			public Flux<DataBuffer> getBody() {
				return (body.length == 0) ? Flux.empty()
						: Flux.defer(() -> Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(body)));
			}

		};
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 10;
	}

}
