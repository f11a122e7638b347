package org.mauticapi.gateway.graphql;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * One upstream call a GraphQL field makes, before it is encoded: checked against the contract as it is, then sent.
 *
 * @param path the encoded path from {@code /api} on
 * @param query the query parameters by raw name ({@code where[0][col]}, {@code select[]}), in order, not encoded
 */
record UpstreamCall(String path, List<Map.Entry<String, String>> query) {

	UpstreamCall {
		query = List.copyOf(query);
	}

	/** The path and the encoded query, as sent. */
	String pathAndQuery() {
		StringJoiner encoded = new StringJoiner("&");
		this.query.forEach((parameter) -> encoded.add(encode(parameter.getKey()) + "=" + encode(parameter.getValue())));
		return (encoded.length() > 0) ? this.path + "?" + encoded : this.path;
	}

	/** The query parameters by raw name, each with its values in order, as the contract check reads them. */
	Map<String, List<String>> parameters() {
		Map<String, List<String>> parameters = new LinkedHashMap<>();
		this.query.forEach((parameter) -> parameters.computeIfAbsent(parameter.getKey(), (name) -> new ArrayList<>())
			.add(parameter.getValue()));
		return parameters;
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
