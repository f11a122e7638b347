package org.mauticapi.conformance.glue;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.mauticapi.conformance.http.Exchange;

/**
 * What one scenario knows: the ids it discovered or created, under the names the feature
 * gives them, the fields it gave its own contacts, and the last answer of its action.
 * Feature text refers to names in braces: {@code /contacts/{mine}/notes};
 * {@code {marker}} is the run's marker.
 */
public class ScenarioContext {

	// A name in braces; JSON's own braces are followed by a quote or a space, never by a
	// letter.
	private static final Pattern NAME = Pattern.compile("\\{([a-z][a-zA-Z0-9-]*)}");

	private final String marker;

	private final Map<String, String> names = new HashMap<>();

	private final Map<String, Map<String, String>> givenFields = new LinkedHashMap<>();

	private @Nullable Exchange lastResponse;

	public ScenarioContext(RunScope scope) {
		this.marker = scope.marker();
	}

	/**
	 * Gives an id a name.
	 * @param name the name the feature uses
	 * @param id the id
	 */
	public void name(String name, long id) {
		this.names.put(name, String.valueOf(id));
	}

	/**
	 * The id behind a name.
	 * @param name the name
	 * @return the id
	 */
	public String idOf(String name) {
		String id = this.names.get(name);
		if (id == null) {
			throw new IllegalStateException("The scenario has no id named \"" + name + "\"; name it in a Given step");
		}
		return id;
	}

	/**
	 * The ids behind a list of names such as {@code "ann, bob, cid"}.
	 * @param names the names, separated by commas
	 * @return the ids, in the same order
	 */
	public List<String> idsOf(String names) {
		return Pattern.compile("\\s*,\\s*").splitAsStream(names.strip()).map(this::idOf).toList();
	}

	/**
	 * Remembers the fields a contact of the run's own was created with.
	 * @param name its name
	 * @param fields the fields, by alias
	 */
	public void gaveFields(String name, Map<String, String> fields) {
		this.givenFields.put(name, Map.copyOf(fields));
	}

	/**
	 * The fields given to the run's own contacts, by contact name.
	 * @return the fields
	 */
	public Map<String, Map<String, String>> givenFields() {
		return this.givenFields;
	}

	/**
	 * Replaces the names in braces by their ids, and {@code {marker}} by the run's
	 * marker.
	 * @param text a path or a body
	 * @return the text to send
	 */
	public String resolve(String text) {
		Matcher matcher = NAME.matcher(text);
		StringBuilder resolved = new StringBuilder();
		while (matcher.find()) {
			String name = matcher.group(1);
			matcher.appendReplacement(resolved,
					Matcher.quoteReplacement(name.equals("marker") ? this.marker : idOf(name)));
		}
		return matcher.appendTail(resolved).toString();
	}

	/**
	 * Resolves the values of a table.
	 * @param values values by key, with names in braces
	 * @return the same keys with resolved values, in order
	 */
	public Map<String, String> resolve(Map<String, String> values) {
		Map<String, String> resolved = new LinkedHashMap<>();
		values.forEach((key, value) -> resolved.put(key, resolve(value)));
		return resolved;
	}

	/**
	 * The run's marker.
	 * @return the marker
	 */
	public String marker() {
		return this.marker;
	}

	/**
	 * Keeps the answer of the scenario's action.
	 * @param exchange the answer
	 */
	public void lastResponse(Exchange exchange) {
		this.lastResponse = exchange;
	}

	/**
	 * The answer of the scenario's action.
	 * @return the answer
	 */
	public Exchange lastResponse() {
		if (this.lastResponse == null) {
			throw new IllegalStateException("The scenario has made no call yet; a Then step needs a When step first");
		}
		return this.lastResponse;
	}

}
