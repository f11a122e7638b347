package org.mauticapi.sandbox.error;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.core.annotation.Order;
import org.springframework.core.codec.DecodingException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.server.ContentTooLargeException;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.WebExceptionHandler;

import org.mauticapi.contract.MauticErrors;

/**
 * Answers every error in Mautic's envelope, the way Mautic's kernel does: an unrouted
 * URL, a wrong method or a non-numeric id is 404 "Requested URL not found", a malformed
 * body is 400 "error #400", anything unexpected is the generic 500. Never a stack trace,
 * never an HTML page.
 */
@Component
@Order(-2)
public class SandboxErrorHandler implements WebExceptionHandler {

	/**
	 * Exchange attribute of an answer for a URL Mautic does not route: such answers carry
	 * no Mautic-Version.
	 */
	public static final String NOT_ROUTED = SandboxErrorHandler.class.getName() + ".notRouted";

	private static final Logger logger = LoggerFactory.getLogger(SandboxErrorHandler.class);

	private final JsonMapper jsonMapper;

	public SandboxErrorHandler(JsonMapper jsonMapper) {
		this.jsonMapper = jsonMapper;
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
		if (exchange.getResponse().isCommitted()) {
			return Mono.error(failure);
		}
		MauticApiException error = translate(exchange, failure);
		exchange.getResponse().setStatusCode(HttpStatus.valueOf(error.status()));
		exchange.getResponse().getHeaders().setContentType(MediaType.APPLICATION_JSON);
		byte[] body = this.jsonMapper.writeValueAsBytes(error.body());
		return exchange.getResponse().writeWith(Mono.just(exchange.getResponse().bufferFactory().wrap(body)));
	}

	private MauticApiException translate(ServerWebExchange exchange, Throwable failure) {
		if (failure instanceof MauticApiException mautic) {
			return mautic;
		}
		if (failure instanceof DataBufferLimitException || failure instanceof ContentTooLargeException) {
			return kernel(413, "The request body is too large.");
		}
		if (failure instanceof MethodNotAllowedException || isNotFound(failure) || isBadPathVariable(failure)) {
			exchange.getAttributes().put(NOT_ROUTED, Boolean.TRUE);
			return kernel(404, "Requested URL not found: " + exchange.getRequest().getPath().value());
		}
		if (failure instanceof ServerWebInputException input && input.getCause() instanceof DecodingException) {
			return kernel(400, MauticErrors.KERNEL_ERROR.formatted(400));
		}
		if (failure instanceof ServerWebInputException || failure instanceof WebExchangeBindException) {
			// A query value that does not convert (limit=abc): Mautic's repository
			// throws, the kernel answers 500.
			return kernel(500, MauticErrors.KERNEL_ERROR.formatted(500));
		}
		if (failure instanceof ResponseStatusException status && status.getStatusCode().is4xxClientError()) {
			// Another client mistake Spring caught before a handler (an unsupported
			// content type, ...).
			return kernel(status.getStatusCode().value(),
					MauticErrors.KERNEL_ERROR.formatted(status.getStatusCode().value()));
		}
		logger.error("Unexpected failure answering [{}]", exchange.getRequest().getPath(), failure);
		return kernel(500, MauticErrors.KERNEL_ERROR.formatted(500));
	}

	private static boolean isNotFound(Throwable failure) {
		return failure instanceof ResponseStatusException status && status.getStatusCode().value() == 404;
	}

	private static boolean isBadPathVariable(Throwable failure) {
		return failure instanceof ServerWebInputException input && input.getMethodParameter() != null
				&& input.getMethodParameter()
					.hasParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class);
	}

	private static MauticApiException kernel(int status, String message) {
		ObjectNode body = MauticErrors.kernel(status, message);
		return new MauticApiException(status, body);
	}

}
