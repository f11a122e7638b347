package org.mauticapi.sandbox.search;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.mauticapi.php.PhpInputLimits;
import org.mauticapi.php.PhpInputReader;
import org.mauticapi.php.PhpJson;

/**
 * The list request's query parameters as PHP reads them ({@code where[0][col]} becomes a
 * tree), with scalar access that refuses arrays the way Symfony's {@code InputBag::get}
 * does.
 */
final class QueryParameters {

	private final ObjectNode tree;

	private QueryParameters(ObjectNode tree) {
		this.tree = tree;
	}

	static QueryParameters of(Map<String, List<String>> query) {
		return new QueryParameters(
				PhpJson.variables(new PhpInputReader(PhpInputLimits.DEFAULTS).readPairs(query).values()));
	}

	@Nullable JsonNode node(String name) {
		return this.tree.get(name);
	}

	@Nullable String scalar(String name) {
		JsonNode node = this.tree.get(name);
		if (node == null) {
			return null;
		}
		if (node.isContainer()) {
			throw new MauticQueryException("Parameter [" + name + "] must be a scalar");
		}
		return node.asString();
	}

	/** PHP's {@code empty()} on a request string: absent, {@code ""} and {@code "0"}. */
	static boolean isEmpty(@Nullable String value) {
		return value == null || value.isEmpty() || "0".equals(value);
	}

	/**
	 * Mautic's {@code InputHelper::alphanum}: keeps ASCII letters, digits and the allowed
	 * characters.
	 */
	static String alphanum(String value, String allowed) {
		StringBuilder kept = new StringBuilder(value.length());
		value.chars().forEach((c) -> {
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || allowed.indexOf(c) >= 0) {
				kept.append((char) c);
			}
		});
		return kept.toString();
	}

}
