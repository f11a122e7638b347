package org.mauticapi.gateway.web;

import reactor.core.publisher.Mono;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;

import org.mauticapi.gateway.error.ErrorAnswers;
import org.mauticapi.gateway.error.GatewayError;

/**
 * Every error the gateway answers, in Mautic's envelope: its own refusals, upstream
 * failures (502/503/504), Spring's routing and binding errors, and, should one happen,
 * its own bugs (a 500 that names the request id, never a stack trace). Runs before Spring
 * Boot's default handler.
 */
@Component
@Order(-2)
public class GatewayErrorHandler implements WebExceptionHandler {

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
		ServerHttpResponse response = exchange.getResponse();
		if (response.isCommitted()) {
			return Mono.error(error);
		}
		GatewayError answer = ErrorAnswers.of(error, RequestIds.of(exchange), exchange.getRequest().getPath().value());
		response.setStatusCode(HttpStatusCode.valueOf(answer.status()));
		response.getHeaders().setContentType(MediaType.APPLICATION_JSON);
		response.getHeaders().addAll(answer.headers());
		return response.writeWith(Mono.just(response.bufferFactory().wrap(answer.body())));
	}

}
