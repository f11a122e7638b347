package org.mauticapi.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * One operation of the contract: its HTTP method, path template (relative to the {@code /api} root), operationId
 * and its OpenAPI node.
 *
 * @param method the HTTP method, upper case
 * @param pathTemplate the path template as written in the spec, e.g. {@code /contacts/{id}}
 * @param operationId the operation's unique id
 * @param node the operation object of the OpenAPI document
 */
public record ContractOperation(String method, String pathTemplate, String operationId, JsonNode node) {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^/}]+}");

	// Every request is matched against every template (MauticApiContract.operation), so each template is compiled
	// once, not on every match.
	private static final Map<String, Pattern> PATH_PATTERNS = new ConcurrentHashMap<>();

	public ContractOperation {
		method = method.toUpperCase(Locale.ROOT);
	}

	/**
	 * Whether a concrete request path (with or without the {@code /api} prefix) is an instance of this
	 * operation's path template.
	 * @param concreteMethod the request method
	 * @param path the request path, without query string
	 * @return whether method and path match
	 */
	public boolean matches(String concreteMethod, String path) {
		return this.method.equalsIgnoreCase(concreteMethod) && pathPattern().matcher(withoutApiPrefix(path)).matches();
	}

	/**
	 * How specific the template is: the number of literal characters, so that {@code /contacts/list/fields}
	 * wins over {@code /contacts/{id}/...} when both match.
	 * @return the count of characters outside placeholders
	 */
	int specificity() {
		return PLACEHOLDER.matcher(this.pathTemplate).replaceAll("").length();
	}

	/**
	 * The statuses this operation declares, in document order (e.g. {@code 200}, {@code 404}, {@code default}).
	 * @return the declared response keys
	 */
	public List<String> declaredStatuses() {
		List<String> statuses = new ArrayList<>();
		this.node.path("responses").propertyNames().forEach(statuses::add);
		return statuses;
	}

	/**
	 * The key under {@code responses} that answers a status: the status itself, or {@code default}.
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

	private Pattern pathPattern() {
		return PATH_PATTERNS.computeIfAbsent(this.pathTemplate, ContractOperation::compilePathPattern);
	}

	private static Pattern compilePathPattern(String pathTemplate) {
		Matcher placeholders = PLACEHOLDER.matcher(pathTemplate);
		StringBuilder regex = new StringBuilder();
		int last = 0;
		while (placeholders.find()) {
			regex.append(Pattern.quote(pathTemplate.substring(last, placeholders.start()))).append("[^/]+");
			last = placeholders.end();
		}
		regex.append(Pattern.quote(pathTemplate.substring(last)));
		return Pattern.compile(regex.toString());
	}

	static String withoutApiPrefix(String path) {
		return path.startsWith("/api/") ? path.substring(4) : path;
	}

}
