package org.mauticapi.gateway.rest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

import org.mauticapi.contract.ContractRequest;
import org.mauticapi.contract.MauticApiContract;
import org.mauticapi.contract.RequestViolation;
import org.mauticapi.contract.RouteMatch;
import org.mauticapi.gateway.error.GatewayError;
import org.mauticapi.php.PhpArray;
import org.mauticapi.php.PhpInput;
import org.mauticapi.php.PhpInputReader;
import org.mauticapi.php.PhpInputReader.Source;
import org.mauticapi.php.PhpJson;
import org.mauticapi.php.PhpQueryWriter;

/**
 * Reads a REST request to an operation of the contract as Mautic will read it (the query
 * string and a form body as PHP does, a JSON body as PHP's {@code json_decode} does),
 * checks it against the contract, and writes what is to be forwarded: the canonical
 * spelling of exactly what was checked. What PHP would silently misread (a name read as
 * another, a value overwritten by a later one, data dropped past PHP's limits, bytes that
 * are not UTF-8) is refused rather than forwarded.
 */
@Component
class MauticRequestReader {

	private static final String FORM = "application/x-www-form-urlencoded";

	private static final String JSON = "application/json";

	// Strict: a key given twice is refused (PHP keeps the last silently), so that nothing
	// is ambiguous.
	private static final JsonMapper JSON_MAPPER = JsonMapper.builder()
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.build();

	private final MauticApiContract contract;

	private final PhpInputReader php;

	MauticRequestReader(MauticApiContract contract, PhpInputReader php) {
		this.contract = contract;
		this.php = php;
	}

	/**
	 * Reads, checks and spells out a request.
	 * @param method the request method
	 * @param target the request target
	 * @param route the operation it was routed to
	 * @param body the body bytes, empty when there is none
	 * @param contentType the caller's content type, or null
	 * @return what to forward
	 * @throws GatewayError 400 naming each parameter the contract does not allow, 415 for
	 * a body Mautic cannot read
	 */
	ForwardRequest read(String method, RequestTarget target, RouteMatch route, byte[] body,
			@Nullable String contentType) {
		Map<String, List<String>> problems = new LinkedHashMap<>();
		PhpArray query = readQuery(target.rawQuery(), problems);
		Body read = readBody(method, body, contentType, problems);
		if (problems.isEmpty()) {
			ContractRequest request = new ContractRequest(route, query, read.tree(), read.form());
			for (RequestViolation violation : this.contract.validateRequest(request)) {
				problems.computeIfAbsent(violation.parameter(), (key) -> new ArrayList<>()).add(violation.message());
			}
		}
		if (!problems.isEmpty()) {
			throw GatewayError.invalid(problems);
		}
		return new ForwardRequest(route.operation().operationId(), pathAndQuery(route, query), read.forwarded(),
				read.contentType(), true);
	}

	/**
	 * Reads a query string as PHP does, refusing what PHP would misread.
	 * @param rawQuery the query string as sent, or null
	 * @param problems receives what PHP would misread, by parameter
	 * @return the variables
	 */
	PhpArray readQuery(@Nullable String rawQuery, Map<String, List<String>> problems) {
		PhpInput input = this.php.readQuery(rawQuery);
		input.problems()
			.forEach((problem) -> problems.computeIfAbsent(problem.parameter(), (key) -> new ArrayList<>())
				.add(problem.message()));
		return input.values();
	}

	private Body readBody(String method, byte[] body, @Nullable String contentType,
			Map<String, List<String>> problems) {
		if (body.length == 0) {
			return Body.NONE;
		}
		String type = mediaType(contentType);
		if (type.equals(FORM)) {
			// PHP reads a POST form into $_POST; Symfony reads the other methods' forms
			// with parse_str.
			PhpInput input = this.php.read(body, method.equals("POST") ? Source.POST_FORM : Source.QUERY_STRING);
			input.problems()
				.forEach((problem) -> problems.computeIfAbsent(problem.parameter(), (key) -> new ArrayList<>())
					.add(problem.message()));
			return new Body(PhpJson.toJson(input.values()), true,
					PhpQueryWriter.write(input.values()).getBytes(StandardCharsets.US_ASCII), FORM);
		}
		if (type.equals(JSON) || type.endsWith("+json") || type.equals("application/x-json")) {
			JsonNode tree = json(body, problems);
			return (tree != null) ? new Body(tree, false, JSON_MAPPER.writeValueAsBytes(tree), JSON) : Body.NONE;
		}
		throw GatewayError.typed(415,
				"Content-Type " + ((contentType != null) ? GatewayError.printable(contentType) : "(none)")
						+ " is not accepted for a body; send " + JSON + " or " + FORM,
				"unsupported_media_type");
	}

	private static @Nullable JsonNode json(byte[] body, Map<String, List<String>> problems) {
		try {
			JsonNode tree = JSON_MAPPER.readTree(body);
			if (tree == null || !tree.isContainer()) {
				// FOSRestBundle's body listener answers a scalar "Invalid json message
				// received".
				problems.computeIfAbsent("body", (key) -> new ArrayList<>()).add("must be a JSON object or list");
				return null;
			}
			return tree;
		}
		catch (JacksonException ex) {
			problems.computeIfAbsent("body", (key) -> new ArrayList<>())
				.add("is not well-formed JSON: " + firstSentence(ex.getOriginalMessage()));
			return null;
		}
	}

	// Jackson's messages go on with the parser's source description, which means nothing
	// to a caller.
	private static String firstSentence(String message) {
		int end = message.indexOf(" (start marker");
		int newline = message.indexOf('\n');
		if (end == -1 || (newline != -1 && newline < end)) {
			end = newline;
		}
		return (end != -1) ? message.substring(0, end) : message;
	}

	/**
	 * The media type of a content type header, lower case, without parameters.
	 * @param contentType the header, or null
	 * @return the media type, or empty
	 */
	static String mediaType(@Nullable String contentType) {
		if (contentType == null) {
			return "";
		}
		int semicolon = contentType.indexOf(';');
		return ((semicolon != -1) ? contentType.substring(0, semicolon) : contentType).trim().toLowerCase(Locale.ROOT);
	}

	// The path from the template, each placeholder's value encoded as one segment; the
	// query in PHP's canonical form.
	private static String pathAndQuery(RouteMatch route, PhpArray query) {
		StringBuilder path = new StringBuilder("/api");
		for (String segment : route.operation().pathTemplate().substring(1).split("/")) {
			path.append('/');
			if (segment.startsWith("{")) {
				PhpQueryWriter.encode(route.pathParameters().get(segment.substring(1, segment.length() - 1)), path);
			}
			else {
				path.append(segment);
			}
		}
		String encoded = PhpQueryWriter.write(query);
		return encoded.isEmpty() ? path.toString() : path.append('?').append(encoded).toString();
	}

	/** A body as Mautic reads it, and the bytes that say so. */
	private record Body(@Nullable JsonNode tree, boolean form, byte @Nullable [] forwarded,
			@Nullable String contentType) {

		static final Body NONE = new Body(null, false, null, null);

	}

}
