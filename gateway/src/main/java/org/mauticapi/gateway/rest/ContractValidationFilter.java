package org.mauticapi.gateway.rest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

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
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
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

	// Depends on the operation only: derived once, not on every request.
	private final Map<String, List<String>> phpArrayFormsByOperation = new ConcurrentHashMap<>();

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
		Optional<ContractOperation> operation = this.contract.operation(RestForwarder.upstreamMethod(request).name(),
				path);
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
				validate(operation.get(), request, path, body);
				exchange.getAttributes()
					.put(ValidatedRequest.ATTRIBUTE,
							new ValidatedRequest(operation.get(), body, request.getHeaders().getContentType()));
				return chain.filter(exchange.mutate()
					.request(forHandler(request, body, phpArrayForms(operation.get())))
					.build());
			});
	}

	private void validate(ContractOperation operation, ServerHttpRequest request, String path, byte[] body) {
		MediaType contentType = request.getHeaders().getContentType();
		JsonNode tree = RequestBodies.read(body, contentType);
		List<RequestViolation> violations = this.contract.validateRequest(operation, new ContractRequest(
				RestForwarder.upstreamMethod(request).name(), path, request.getQueryParams(), tree, RequestBodies.isForm(contentType)));
		if (!violations.isEmpty()) {
			Map<String, List<String>> problems = new LinkedHashMap<>();
			violations.forEach((violation) -> problems
				.computeIfAbsent(violation.parameter(), (key) -> new ArrayList<>())
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

	// Parameters the contract also accepts as a PHP array (ids[]=1&ids[]=2 for ids=1,2), which the generated
	// interfaces declare as one scalar.
	private List<String> phpArrayForms(ContractOperation operation) {
		return this.phpArrayFormsByOperation.computeIfAbsent(operation.operationId(),
				(operationId) -> declaredPhpArrayForms(operation));
	}

	private List<String> declaredPhpArrayForms(ContractOperation operation) {
		List<String> names = new ArrayList<>();
		operation.node().path("parameters").forEach((declared) -> {
			JsonNode parameter = this.contract.resolve(declared);
			if (parameter.has("x-mautic-php-array-schema")) {
				names.add(parameter.path("name").asString());
			}
		});
		return List.copyOf(names);
	}

	// What the handler sees; what goes upstream (the raw query, the body bytes and their content type) is what the
	// caller sent. The body was read to check it, so whoever reads it next gets the same bytes again. Spring refuses
	// to bind a form-encoded body to the generated interfaces' @RequestBody (it keeps forms for getFormData()), so a
	// form is shown to the handler as JSON, and a PHP array parameter as the comma list its binding expects.
	private static ServerHttpRequest forHandler(ServerHttpRequest request, byte[] body, List<String> phpArrayForms) {
		HttpHeaders headers = new HttpHeaders();
		headers.addAll(request.getHeaders());
		if (RequestBodies.isForm(request.getHeaders().getContentType())) {
			headers.setContentType(MediaType.APPLICATION_JSON);
		}
		MultiValueMap<String, String> query = new LinkedMultiValueMap<>(request.getQueryParams());
		for (String name : phpArrayForms) {
			List<String> values = new ArrayList<>();
			request.getQueryParams().forEach((raw, given) -> {
				if (raw.startsWith(name + "[")) {
					values.addAll(given);
				}
			});
			if (!query.containsKey(name) && !values.isEmpty()) {
				query.add(name, String.join(",", values));
			}
		}
		return new ServerHttpRequestDecorator(request) {

			@Override
			public HttpHeaders getHeaders() {
				return headers;
			}

			@Override
			public MultiValueMap<String, String> getQueryParams() {
				return query;
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
