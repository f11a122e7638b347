package org.mauticapi.sandbox.segment;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Lets {@code POST /api/segments/{id}/contacts/add} arrive without a body: Mautic reads a
 * missing body as no parameters and answers 400 "This is a bad request." (recording 385),
 * while the generated handler, whose body the contract requires, would refuse a request
 * without a content type before the service sees it. Such a request is passed on as the
 * empty JSON object, which the service answers as Mautic does.
 */
@Component
class BodylessContactsAddFilter implements WebFilter, Ordered {

	private static final Pattern ROUTE = Pattern.compile("/api/segments/\\d+/contacts/add");

	private static final byte[] EMPTY_OBJECT = "{}".getBytes(StandardCharsets.UTF_8);

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 30;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		ServerHttpRequest original = exchange.getRequest();
		if (original.getMethod() != HttpMethod.POST || original.getHeaders().getContentType() != null
				|| !ROUTE.matcher(original.getPath().value()).matches()) {
			return chain.filter(exchange);
		}
		ServerHttpRequest request = new ServerHttpRequestDecorator(original) {

			@Override
			public HttpHeaders getHeaders() {
				HttpHeaders headers = new HttpHeaders();
				headers.putAll(super.getHeaders());
				headers.setContentType(MediaType.APPLICATION_JSON);
				headers.setContentLength(EMPTY_OBJECT.length);
				return headers;
			}

			@Override
			public Flux<DataBuffer> getBody() {
				return Flux.just(exchange.getResponse().bufferFactory().wrap(EMPTY_OBJECT));
			}

		};
		return chain.filter(exchange.mutate().request(request).build());
	}

}
