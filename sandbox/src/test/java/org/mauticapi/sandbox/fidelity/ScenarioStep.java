package org.mauticapi.sandbox.fidelity;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One step of a scenario, as written: a call ({@code "POST /api/contacts/new?x=1"}) with
 * an optional body, content type and authentication ({@code basic}, {@code none},
 * {@code wrong}); the values to remember from its answer (name to JSON pointer); how its
 * answer is compared ({@code shape}, or {@code status} where Mautic's answer depends on
 * timing); or, instead of a call, Mautic's segment rebuild job
 * ({@code "rebuild": "segments"}).
 *
 * @param source the step as written
 * @param call method and path with query, placeholders unfilled; null for a rebuild
 * @param body the body, placeholders unfilled; a string for a form or raw body
 * @param contentType the content type of the body
 * @param auth how the call authenticates
 * @param save values to remember from the answer, by name
 * @param compare {@code shape} or {@code status}
 */
public record ScenarioStep(JsonNode source, @Nullable String call, @Nullable JsonNode body,
		@Nullable String contentType, String auth, Map<String, String> save, String compare) {

	static ScenarioStep of(JsonNode step) {
		Map<String, String> save = new LinkedHashMap<>();
		step.path("save").properties().forEach((entry) -> save.put(entry.getKey(), entry.getValue().asString()));
		JsonNode body = step.get("body");
		String contentType = step.path("contentType").asString(null);
		if (contentType == null && body != null && !body.isNull()) {
			contentType = body.isString() ? "application/x-www-form-urlencoded" : "application/json";
		}
		return new ScenarioStep(step, step.path("call").asString(null), (body == null || body.isNull()) ? null : body,
				contentType, step.path("auth").asString("basic"), save, step.path("compare").asString("shape"));
	}

	/** Whether this step runs Mautic's segment rebuild job rather than a call. */
	public boolean isRebuild() {
		return this.call == null && "segments".equals(this.source.path("rebuild").asString(""));
	}

}
