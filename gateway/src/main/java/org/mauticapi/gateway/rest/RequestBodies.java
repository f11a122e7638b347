package org.mauticapi.gateway.rest;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;

import org.mauticapi.contract.PhpParameters;
import org.mauticapi.gateway.error.GatewayError;

/**
 * Reads a request body the way Mautic does, JSON or form-encoded, into the tree the contract checks.
 */
final class RequestBodies {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private RequestBodies() {
	}

	/**
	 * The body as a tree.
	 * @param bytes the body bytes
	 * @param contentType the declared content type, or null
	 * @return the tree, or null when there is no body
	 * @throws GatewayError 400 for malformed JSON, 415 for a content type Mautic does not read
	 */
	static @Nullable JsonNode read(byte[] bytes, @Nullable MediaType contentType) {
		if (bytes.length == 0) {
			return null;
		}
		if (isForm(contentType)) {
			return PhpParameters.parseBody(formParameters(new String(bytes, StandardCharsets.UTF_8)));
		}
		if (contentType != null && !isJson(contentType)) {
			throw GatewayError.typed(415, "Content-Type " + contentType
					+ " is not accepted; send application/json or application/x-www-form-urlencoded",
					"unsupported_media_type");
		}
		try {
			return JSON.readTree(bytes);
		}
		catch (JacksonException ex) {
			throw GatewayError.invalid("body", "is not well-formed JSON: " + firstSentence(ex.getOriginalMessage()));
		}
	}

	// Jackson's messages go on with the parser's source description, which means nothing to a caller.
	private static String firstSentence(String message) {
		int end = message.indexOf(" (start marker");
		int newline = message.indexOf('\n');
		if (end == -1 || (newline != -1 && newline < end)) {
			end = newline;
		}
		return (end != -1) ? message.substring(0, end) : message;
	}

	static boolean isForm(@Nullable MediaType contentType) {
		return contentType != null && MediaType.APPLICATION_FORM_URLENCODED.isCompatibleWith(contentType);
	}

	private static boolean isJson(MediaType contentType) {
		return MediaType.APPLICATION_JSON.isCompatibleWith(contentType)
				|| contentType.getSubtype().endsWith("+json");
	}

	private static Map<String, List<String>> formParameters(String form) {
		Map<String, List<String>> parameters = new LinkedHashMap<>();
		for (String pair : form.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int equals = pair.indexOf('=');
			String name = decode((equals != -1) ? pair.substring(0, equals) : pair);
			String value = (equals != -1) ? decode(pair.substring(equals + 1)) : "";
			parameters.computeIfAbsent(name, (key) -> new ArrayList<>()).add(value);
		}
		return parameters;
	}

	private static String decode(String text) {
		try {
			return URLDecoder.decode(text, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			throw GatewayError.invalid("body", "is not well-formed form data: " + ex.getMessage());
		}
	}

}
