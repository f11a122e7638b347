package org.mauticapi.sandbox.web;

import java.nio.charset.StandardCharsets;

import org.mauticapi.php.PhpInputLimits;
import org.mauticapi.php.PhpInputReader;
import org.mauticapi.php.PhpInputReader.Source;
import org.mauticapi.php.PhpJson;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
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
 * Turns a form-encoded body into the JSON Mautic would build from it, read exactly as PHP
 * reads it ({@code tags[]=a} is a list, the last of a name wins), because Mautic reads
 * both alike while the generated handlers read JSON only.
 */
@Component
public class FormBodyFilter implements WebFilter, Ordered {

	private static final PhpInputReader PHP = new PhpInputReader(PhpInputLimits.DEFAULTS);

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
		// PHP reads a POST form into $_POST; Symfony reads the other methods' forms with
		// parse_str.
		Source source = HttpMethod.POST.equals(exchange.getRequest().getMethod()) ? Source.POST_FORM
				: Source.QUERY_STRING;
		return DataBufferUtils.join(exchange.getRequest().getBody()).map((buffer) -> {
			try {
				byte[] bytes = new byte[buffer.readableByteCount()];
				buffer.read(bytes);
				return bytes;
			}
			finally {
				DataBufferUtils.release(buffer);
			}
		}).defaultIfEmpty(new byte[0]).flatMap((form) -> {
			byte[] json = this.jsonMapper.writeValueAsString(PhpJson.toJson(PHP.read(form, source).values()))
				.getBytes(StandardCharsets.UTF_8);
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
