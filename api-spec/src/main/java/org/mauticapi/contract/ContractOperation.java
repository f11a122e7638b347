package org.mauticapi.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

/**
 * One operation of the contract: its HTTP method, path template (relative to the
 * {@code /api} root), operationId and its OpenAPI node.
 *
 * @param method the HTTP method, upper case
 * @param pathTemplate the path template as written in the spec, e.g.
 * {@code /contacts/{id}}
 * @param operationId the operation's unique id
 * @param node the operation object of the OpenAPI document
 */
public record ContractOperation(String method, String pathTemplate, String operationId, JsonNode node) {

	public ContractOperation {
		method = method.toUpperCase(Locale.ROOT);
	}

	/**
	 * The statuses this operation declares, in document order (e.g. {@code 200},
	 * {@code 404}, {@code default}).
	 * @return the declared response keys
	 */
	public List<String> declaredStatuses() {
		List<String> statuses = new ArrayList<>();
		this.node.path("responses").propertyNames().forEach(statuses::add);
		return statuses;
	}

	/**
	 * The key under {@code responses} that answers a status: the status itself, or
	 * {@code default}.
	 * @param status the HTTP status
	 * @return the response key, if declared
	 */
	public Optional<String> responseKey(int status) {
		JsonNode responses = this.node.path("responses");
		if (responses.has(String.valueOf(status))) {
			return Optional.of(String.valueOf(status));
		}
		return responses.has("default") ? Optional.of("default") : Optional.empty();
	}

	/**
	 * Where this operation sits in the document, as a JSON pointer.
	 * @return e.g. {@code /paths/~1contacts~1{id}/get}
	 */
	public String pointer() {
		return "/paths/" + this.pathTemplate.replace("~", "~0").replace("/", "~1") + "/"
				+ this.method.toLowerCase(Locale.ROOT);
	}

	@Override
	public String toString() {
		return this.method + " " + this.pathTemplate + " (" + this.operationId + ")";
	}

	static String withoutApiPrefix(String path) {
		return path.startsWith("/api/") ? path.substring(4) : path;
	}

}
