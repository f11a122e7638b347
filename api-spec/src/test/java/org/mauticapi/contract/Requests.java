package org.mauticapi.contract;

import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.mauticapi.php.PhpInputLimits;
import org.mauticapi.php.PhpInputReader;
import org.mauticapi.php.PhpInputReader.Source;
import org.mauticapi.php.PhpJson;

/**
 * Builds the requests the contract checks from what a client sends: a method, a path, a
 * raw query string and a body, routed and read as the gateway does.
 */
final class Requests {

	private static final PhpInputReader READER = new PhpInputReader(PhpInputLimits.DEFAULTS);

	private Requests() {
	}

	static ContractRequest of(String method, String path, @Nullable String rawQuery) {
		return ContractRequest.of(route(method, path), READER.readQuery(rawQuery).values());
	}

	static ContractRequest json(String method, String path, @Nullable String rawQuery, @Nullable JsonNode body) {
		return ContractRequest.withJson(route(method, path), READER.readQuery(rawQuery).values(), body);
	}

	static ContractRequest form(String method, String path, @Nullable String rawQuery, String body) {
		// PHP fills $_POST for a POST; Symfony reads the other methods' forms with
		// parse_str.
		Source source = method.equals("POST") ? Source.POST_FORM : Source.QUERY_STRING;
		JsonNode tree = PhpJson.toJson(READER.read(body.getBytes(StandardCharsets.ISO_8859_1), source).values());
		return new ContractRequest(route(method, path), READER.readQuery(rawQuery).values(), tree, true);
	}

	private static RouteMatch route(String method, String path) {
		return SpecFixtures.CONTRACT.route(method, path)
			.orElseThrow(() -> new IllegalArgumentException("No operation " + method + " " + path));
	}

}
