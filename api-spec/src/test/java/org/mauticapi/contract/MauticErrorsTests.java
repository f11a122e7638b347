package org.mauticapi.contract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

class MauticErrorsTests {

	private static final MauticApiContract CONTRACT = SpecFixtures.CONTRACT;

	@Test
	void everyBodyIsOneTheContractDeclares() {
		Map<String, List<String>> problems = new LinkedHashMap<>();
		problems.put("email", List.of("A valid email is required."));
		List<ObjectNode> bodies = List.of(MauticErrors.controller(404, "Item was not found.", List.of()),
				MauticErrors.validation(400, problems), MauticErrors.kernel(404, "No route found"),
				MauticErrors.typed(401, "API authorization denied.", "access_denied"),
				MauticErrors.typed(504, "Mautic did not answer in time", null), MauticErrors.invalid(400, problems),
				MauticErrors.serverError());

		assertThat(bodies).allSatisfy(
				(body) -> assertThat(CONTRACT.schemaAt("/components/schemas/MauticErrors").validate(body)).isEmpty());
	}

	@Test
	void refusalsNameEachParameterAndProblem() {
		Map<String, List<String>> problems = new LinkedHashMap<>();
		problems.put("where[0][col]", List.of("must match ^[A-Za-z0-9_.]+$"));
		problems.put("limit", List.of("must be an integer", "must be at least 0"));

		JsonNode error = MauticErrors.invalid(400, problems).get("errors").get(0);

		assertThat(error.get("message").asString()).isEqualTo("where[0][col]: must match ^[A-Za-z0-9_.]+$, "
				+ "limit: must be an integer, limit: must be at least 0");
		assertThat(error.get("type").asString()).isEqualTo(MauticErrors.INVALID_REQUEST);
		assertThat(error.get("details").get("limit")).hasSize(2);
	}

	@Test
	void writesTheBytesItBuilt() {
		ObjectNode body = MauticErrors.typed(502, "Mautic is unreachable", "upstream_unreachable");

		assertThat(JsonMapper.shared().readTree(MauticErrors.bytes(body))).isEqualTo(body);
	}

}
