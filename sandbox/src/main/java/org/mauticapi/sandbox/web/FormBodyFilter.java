package org.mauticapi.sandbox.web;

import java.nio.charset.StandardCharsets;

import org.mauticapi.contract.PhpParameters;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Turns a form-encoded body into the JSON Mautic would build from it ({@code tags[]=a} is a list), because
 * Mautic reads both alike while the generated handlers read JSON only.
 */
@Component
public class FormBodyFilter implements WebFilter, Ordered {

	private final JsonMapper jsonMapper;

	public FormBodyFilter(JsonMapper jsonMapper) {
		this.jsonMapper = jsonMapper;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 20;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		MediaType type = exchange.getRequest().getHeaders().getContentType();
		if (type == null || !MediaType.APPLICATION_FORM_URLENCODED.isCompatibleWith(type)) {
			return chain.filter(exchange);
		}
		return exchange.getFormData().flatMap((form) -> {
			byte[] json = this.jsonMapper.writeValueAsString(PhpParameters.parseBody(form)).getBytes(StandardCharsets.UTF_8);
			ServerHttpRequest request = new ServerHttpRequestDecorator(exchange.getRequest()) {

				@Override
				public HttpHeaders getHeaders() {
					HttpHeaders headers = new HttpHeaders();
					headers.putAll(super.getHeaders());
					headers.setContentType(MediaType.APPLICATION_JSON);
					headers.setContentLength(json.length);
					return headers;
				}

				@Override
				public Flux<DataBuffer> getBody() {
					return Flux.just(exchange.getResponse().bufferFactory().wrap(json));
				}

			};
			return chain.filter(exchange.mutate().request(request).build());
		});
	}

}
