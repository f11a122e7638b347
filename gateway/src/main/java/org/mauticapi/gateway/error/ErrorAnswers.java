package org.mauticapi.gateway.error;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;

import org.mauticapi.gateway.upstream.UpstreamFailure;

/**
 * What the gateway answers for anything that went wrong: its own refusals as they are,
 * upstream failures as 502/503/504 in Mautic's envelope, Spring's routing and binding
 * errors, and, should one happen, its own bugs (a 500 that names the request id, never a
 * stack trace). Shared by the REST pipeline and Spring's error handler.
 */
public final class ErrorAnswers {

	private static final Log logger = LogFactory.getLog(ErrorAnswers.class);

	private static final QuietLog quiet = new QuietLog(logger);

	private ErrorAnswers() {
	}

	/**
	 * The answer for an error.
	 * @param error what went wrong
	 * @param requestId the request's id, for the log and a 500's message
	 * @param path the request path, for messages
	 * @return the answer
	 */
	public static GatewayError of(Throwable error, String requestId, String path) {
		if (error instanceof GatewayError own) {
			return own;
		}
		if (error instanceof UpstreamFailure failure) {
			quiet.warn(failure.upstream() + failure.kind(), () -> "Request " + requestId + ": " + failure.kind()
					+ " from upstream [" + failure.upstream() + "]: " + failure.getMessage());
			GatewayError answer = GatewayError.typed(failure.kind().status(), failure.getMessage(),
					failure.kind().type());
			boolean passing = failure.kind() == UpstreamFailure.Kind.CIRCUIT_OPEN
					|| failure.kind() == UpstreamFailure.Kind.OVERLOADED
					|| failure.kind() == UpstreamFailure.Kind.OVERLOADED_ANSWERS;
			return passing ? answer.withHeader("Retry-After", "5") : answer;
		}
		if (error instanceof ServerWebInputException input) {
			String parameter = (input.getMethodParameter() != null
					&& input.getMethodParameter().getParameterName() != null)
							? input.getMethodParameter().getParameterName() : "request";
			return GatewayError.invalid(parameter, (input.getReason() != null) ? input.getReason() : "is invalid");
		}
		if (error instanceof UnsupportedMediaTypeStatusException unsupported) {
			return GatewayError.typed(415,
					"Content-Type " + unsupported.getContentType()
							+ " is not accepted; send application/json or application/x-www-form-urlencoded",
					"unsupported_media_type");
		}
		if (error instanceof MethodNotAllowedException notAllowed) {
			return GatewayError.typed(405, "Method " + notAllowed.getHttpMethod() + " is not allowed on " + path,
					"method_not_allowed");
		}
		if (error instanceof ResponseStatusException status) {
			if (logger.isDebugEnabled()) {
				logger.debug("Request " + requestId + " answered " + status.getStatusCode(), status);
			}
			if (status.getStatusCode().value() == 404) {
				return notFound(path);
			}
			return GatewayError.typed(status.getStatusCode().value(),
					(status.getReason() != null) ? status.getReason() : "The request cannot be handled", null);
		}
		logger.error("Request " + requestId + " failed in the gateway", error);
		return GatewayError.typed(500,
				"The gateway failed to handle the request; its log has the details under request id " + requestId,
				"gateway_error");
	}

	/**
	 * Mautic's own answer to a path it does not route.
	 * @param path the path as requested
	 * @return the 404
	 */
	public static GatewayError notFound(String path) {
		return GatewayError.typed(404, "Requested URL not found: " + GatewayError.printable(path), null);
	}

}
