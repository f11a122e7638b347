package org.mauticapi.gateway.error;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Mono;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;
import org.springframework.web.server.WebExceptionHandler;

import org.mauticapi.gateway.upstream.UpstreamFailure;
import org.mauticapi.gateway.web.RequestIds;

/**
 * Every error the gateway answers, in Mautic's envelope: its own refusals, upstream failures (502/503/504), Spring's
 * routing and binding errors, and, should one happen, its own bugs (a 500 that names the request id, never a stack
 * trace). Runs before Spring Boot's default handler.
 */
@Component
@Order(-2)
public class GatewayErrorHandler implements WebExceptionHandler {

	private static final Log logger = LogFactory.getLog(GatewayErrorHandler.class);

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
		ServerHttpResponse response = exchange.getResponse();
		if (response.isCommitted()) {
			return Mono.error(error);
		}
		GatewayError answer = answer(exchange, error);
		response.setStatusCode(HttpStatusCode.valueOf(answer.status()));
		response.getHeaders().setContentType(MediaType.APPLICATION_JSON);
		response.getHeaders().addAll(answer.headers());
		return response.writeWith(Mono.just(response.bufferFactory().wrap(answer.body())));
	}

	private GatewayError answer(ServerWebExchange exchange, Throwable error) {
		if (error instanceof GatewayError own) {
			return own;
		}
		if (error instanceof UpstreamFailure failure) {
			logger.warn("Request " + RequestIds.of(exchange) + ": " + failure.kind() + " from upstream ["
					+ failure.upstream() + "]: " + failure.getMessage());
			GatewayError answer = GatewayError.typed(failure.kind().status(), failure.getMessage(),
					failure.kind().type());
			boolean passing = failure.kind() == UpstreamFailure.Kind.CIRCUIT_OPEN
					|| failure.kind() == UpstreamFailure.Kind.OVERLOADED;
			return passing ? answer.withHeader("Retry-After", "5") : answer;
		}
		if (error instanceof ServerWebInputException input) {
			String parameter = (input.getMethodParameter() != null
					&& input.getMethodParameter().getParameterName() != null)
							? input.getMethodParameter().getParameterName() : "request";
			return GatewayError.invalid(parameter, (input.getReason() != null) ? input.getReason() : "is invalid");
		}
		if (error instanceof UnsupportedMediaTypeStatusException unsupported) {
			return GatewayError.typed(415, "Content-Type " + unsupported.getContentType()
					+ " is not accepted; send application/json or application/x-www-form-urlencoded",
					"unsupported_media_type");
		}
		if (error instanceof MethodNotAllowedException notAllowed) {
			return GatewayError.typed(405,
					"Method " + notAllowed.getHttpMethod() + " is not allowed on " + exchange.getRequest().getPath(),
					"method_not_allowed");
		}
		if (error instanceof ResponseStatusException status) {
			if (logger.isDebugEnabled()) {
				logger.debug("Request " + RequestIds.of(exchange) + " answered " + status.getStatusCode(), status);
			}
			if (status.getStatusCode().value() == 404) {
				return GatewayError.typed(404, "Requested URL not found: " + exchange.getRequest().getPath(), null);
			}
			return GatewayError.typed(status.getStatusCode().value(),
					(status.getReason() != null) ? status.getReason() : "The request cannot be handled", null);
		}
		logger.error("Request " + RequestIds.of(exchange) + " failed in the gateway", error);
		return GatewayError.typed(500,
				"The gateway failed to handle the request; its log has the details under request id "
						+ RequestIds.of(exchange),
				"gateway_error");
	}

}
