package org.mauticapi.sandbox.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;

/**
 * The ids a batch names and the keys they came under, as Mautic's
 * {@code BatchIdToEntityHelper} reads them: from {@code ids} (a comma-separated string or
 * a list), or else from the items' {@code id}s. An item without one gets an error, and,
 * because the ids are then paired with the keys by position, the next item's entity (the
 * shift recordings 291 and 292 show).
 */
public final class BatchIds {

	/** Mautic's message for an item without id, untranslated as Mautic leaves it. */
	public static final String ID_MISSING = "mautic.api.call.id_missing";

	private final List<String> ids;

	private final List<String> keys;

	private final Map<String, String> errors;

	private BatchIds(List<String> ids, List<String> keys, Map<String, String> errors) {
		this.ids = ids;
		this.keys = keys;
		this.errors = errors;
	}

	/**
	 * The ids of a batch edit's items.
	 * @param items the items by key
	 * @return the ids
	 */
	public static BatchIds ofItems(Map<String, JsonNode> items) {
		List<String> ids = new ArrayList<>();
		Map<String, String> errors = new LinkedHashMap<>();
		if (!items.isEmpty() && !items.values().iterator().next().isContainer()) {
			// [1, 2, 3]: the items are the ids themselves.
			items.values().forEach((id) -> ids.add(id.asString()));
		}
		else {
			items.forEach((key, item) -> {
				JsonNode id = item.path("id");
				if (id.isMissingNode() || id.isNull()) {
					errors.put(key, ID_MISSING);
				}
				else {
					ids.add(id.asString());
				}
			});
		}
		return new BatchIds(ids, List.copyOf(items.keySet()), errors);
	}

	/**
	 * The ids of a batch delete, from its query parameters as PHP parses them
	 * ({@code ids=1,2} or {@code ids[]=1}).
	 * @param query the parameters
	 * @return the ids
	 */
	public static BatchIds ofQuery(JsonNode query) {
		JsonNode ids = query.path("ids");
		if (ids.isMissingNode()) {
			Map<String, JsonNode> items = new LinkedHashMap<>();
			query.properties().forEach((entry) -> items.put(entry.getKey(), entry.getValue()));
			return ofItems(items);
		}
		List<String> values = new ArrayList<>();
		List<String> keys = new ArrayList<>();
		if (ids.isContainer()) {
			if (ids.isArray()) {
				for (int i = 0; i < ids.size(); i++) {
					keys.add(String.valueOf(i));
					values.add(ids.get(i).asString());
				}
			}
			else {
				ids.properties().forEach((entry) -> {
					keys.add(entry.getKey());
					values.add(entry.getValue().asString());
				});
			}
			return new BatchIds(values, keys, Map.of());
		}
		String text = ids.asString();
		if (text.contains(",") || isNumeric(text)) {
			for (String id : text.split(",", -1)) {
				keys.add(String.valueOf(values.size()));
				values.add(id);
			}
		}
		return new BatchIds(values, keys, Map.of());
	}

	public boolean hasIds() {
		return !this.ids.isEmpty();
	}

	/** The errors of items without id, by key. */
	public Map<String, String> errors() {
		return this.errors;
	}

	/**
	 * The entities the ids name, as {@code getBatchEntities} returns them: in the order
	 * of the ids, each under the key at the id's position; ids that name nothing are left
	 * out.
	 * @param <E> the entity type
	 * @param finder finds an entity by an id as given (a string, maybe not a number)
	 * @return the entities by key
	 */
	public <E> Map<String, E> entities(Function<String, Optional<E>> finder) {
		Map<String, E> found = new LinkedHashMap<>();
		for (int i = 0; i < this.ids.size(); i++) {
			int position = i;
			finder.apply(this.ids.get(i)).ifPresent((entity) -> found.put(this.keys.get(position), entity));
		}
		return found;
	}

	/** PHP's {@code is_numeric}, for the plain strings ids come as. */
	private static boolean isNumeric(String text) {
		return text.trim().matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
	}

}
