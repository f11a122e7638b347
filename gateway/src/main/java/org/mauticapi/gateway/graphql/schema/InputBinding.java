package org.mauticapi.gateway.graphql.schema;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * How the value of one input type of the derived schema becomes the JSON (or PHP array)
 * Mautic reads.
 */
public sealed interface InputBinding {

	/**
	 * An input object: each field is sent under its JSON key (several fields may share
	 * one key, the forms of a {@code oneOf} value, of which at most one may be given),
	 * and the entries of the additional field are merged in as further keys.
	 *
	 * @param keys input field to JSON key
	 * @param specKeys the keys the spec declares for the object, which the additional
	 * entries must not use
	 * @param additional the field holding key and value entries (custom field values), or
	 * null
	 * @param keyPattern the regular expression an entry's key must match, or null
	 */
	record ObjectInput(Map<String, String> keys, Set<String> specKeys, @Nullable String additional,
			@Nullable String keyPattern) implements InputBinding {
	}

	/**
	 * One key and value entry of an additional field.
	 *
	 * @param keyField the field holding the key
	 * @param valueFields the fields holding the value, in their different forms (at most
	 * one is given)
	 */
	record Entry(String keyField, List<String> valueFields) implements InputBinding {
	}

}
