package org.mauticapi.gateway.graphql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mauticapi.php.PhpQueryWriter;

/**
 * One upstream call a GraphQL field makes, before it is encoded: checked against the
 * contract as it is, then sent.
 *
 * @param path the encoded path from {@code /api} on
 * @param query the query parameters by raw name ({@code where[0][col]},
 * {@code select[]}), in order, not encoded
 */
record UpstreamCall(String path, List<Map.Entry<String, String>> query) {

	UpstreamCall {
		query = List.copyOf(query);
	}

	/** The path and the encoded query, as sent. */
	String pathAndQuery() {
		StringBuilder sent = new StringBuilder(this.path);
		this.query.forEach((parameter) -> {
			sent.append(sent.length() == this.path.length() ? '?' : '&');
			PhpQueryWriter.encode(parameter.getKey(), sent);
			sent.append('=');
			PhpQueryWriter.encode(parameter.getValue(), sent);
		});
		return sent.toString();
	}

	/**
	 * The query parameters by raw name, each with its values in order, as the contract
	 * check reads them.
	 */
	Map<String, List<String>> parameters() {
		Map<String, List<String>> parameters = new LinkedHashMap<>();
		this.query.forEach((parameter) -> parameters.computeIfAbsent(parameter.getKey(), (name) -> new ArrayList<>())
			.add(parameter.getValue()));
		return parameters;
	}

	/**
	 * A value percent-encoded as the gateway encodes every query and path value it writes
	 * (a space is %20).
	 */
	static String encode(String value) {
		StringBuilder encoded = new StringBuilder();
		PhpQueryWriter.encode(value, encoded);
		return encoded.toString();
	}

}
