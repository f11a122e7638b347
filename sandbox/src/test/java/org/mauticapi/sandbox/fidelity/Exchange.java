package org.mauticapi.sandbox.fidelity;

import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One request of a scenario as sent to one Mautic, and its answer.
 *
 * @param step the step it was made from
 * @param request the request, placeholders filled in; null for a rebuild step
 * @param response the answer; null for a rebuild step
 */
public record Exchange(ScenarioStep step, @Nullable Request request, @Nullable Response response) {

	/**
	 * A request as sent.
	 *
	 * @param method the method
	 * @param path the path, from the server root
	 * @param query the query parameters, as name and value pairs, not encoded
	 * @param body the body: JSON, or a string for a form or raw body
	 * @param contentType the body's content type
	 * @param auth {@code basic}, {@code none} or {@code wrong}
	 */
	public record Request(String method, String path, List<List<String>> query, @Nullable JsonNode body,
			@Nullable String contentType, String auth) {
	}

	/**
	 * An answer.
	 *
	 * @param status the status
	 * @param contentType the content type, without parameters
	 * @param body the body, JSON null when it is not JSON
	 */
	public record Response(int status, String contentType, JsonNode body) {
	}

}
