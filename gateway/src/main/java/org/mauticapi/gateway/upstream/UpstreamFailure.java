package org.mauticapi.gateway.upstream;

/**
 * A call that got no usable answer from upstream. Its message is safe to show to callers:
 * it never carries a URL's credentials, a header or a secret.
 */
public final class UpstreamFailure extends RuntimeException {

	private final Kind kind;

	private final String upstream;

	public UpstreamFailure(Kind kind, String upstream, String message) {
		super(message, null, false, false);
		this.kind = kind;
		this.upstream = upstream;
	}

	public Kind kind() {
		return this.kind;
	}

	public String upstream() {
		return this.upstream;
	}

	/** Why a call failed, with the status and error type the caller gets. */
	public enum Kind {

		/** No connection could be made, or it broke before a whole answer came. */
		UNREACHABLE(502, "upstream_unreachable"),

		/** The upstream did not answer within the response timeout. */
		TIMEOUT(504, "upstream_timeout"),

		/**
		 * The answer was not Mautic's JSON: an HTML page from a proxy, a truncated or
		 * oversized body.
		 */
		BAD_ANSWER(502, "upstream_bad_answer"),

		/**
		 * A web server in front of Mautic refused the request itself (a 4xx that is not
		 * Mautic's JSON, such as 414 for a request line it finds too long): the request's
		 * doing, not an upstream fault.
		 */
		REFUSED_BY_SERVER(502, "upstream_refused_request"),

		/** The answer was larger than the gateway accepts from one call. */
		ANSWER_TOO_LARGE(502, "upstream_answer_too_large"),

		/** The gateway holds as many upstream answers as its memory budget allows. */
		OVERLOADED_ANSWERS(502, "gateway_answers_overloaded"),

		/**
		 * Recent calls failed so often that the circuit breaker refuses calls for a
		 * while.
		 */
		CIRCUIT_OPEN(502, "upstream_unavailable"),

		/** Too many calls are waiting for the upstream already. */
		OVERLOADED(503, "upstream_overloaded"),

		/** The gateway could not get an access token for the upstream. */
		AUTHENTICATION(502, "upstream_authentication");

		private final int status;

		private final String type;

		Kind(int status, String type) {
			this.status = status;
			this.type = type;
		}

		public int status() {
			return this.status;
		}

		public String type() {
			return this.type;
		}

	}

}
