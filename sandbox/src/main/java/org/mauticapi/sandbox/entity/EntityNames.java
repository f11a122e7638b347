package org.mauticapi.sandbox.entity;

/**
 * Where an {@link EntityKind} is routed and what its answers call it.
 *
 * @param path the route under {@code /api}, e.g. {@code /notes}
 * @param itemName the key of one entity in answers, e.g. {@code note}
 * @param listName the key of several, e.g. {@code notes}
 * @param listStyle how its list answer is built
 * @param singleEntities whether the routes of one entity (get, list, new, edit, delete)
 * are served here; false when another handler serves them and only the batch routes come
 * from here
 */
public record EntityNames(String path, String itemName, String listName, ListStyle listStyle, boolean singleEntities) {

	/**
	 * The names of a kind served in full, its list a JSON list.
	 * @param path the route
	 * @param itemName the key of one
	 * @param listName the key of several
	 * @return the names
	 */
	public static EntityNames of(String path, String itemName, String listName) {
		return new EntityNames(path, itemName, listName, ListStyle.ARRAY, true);
	}

	/**
	 * The same names with another list style.
	 * @param style the style
	 * @return the names
	 */
	public EntityNames listed(ListStyle style) {
		return new EntityNames(this.path, this.itemName, this.listName, style, this.singleEntities);
	}

	/**
	 * The same names, with only the batch routes served here.
	 * @return the names
	 */
	public EntityNames batchOnly() {
		return new EntityNames(this.path, this.itemName, this.listName, this.listStyle, false);
	}

	/** How a kind's list answer is built: its repository decides. */
	public enum ListStyle {

		/** A JSON list, {@code total} a number. */
		ARRAY,
		/** An object keyed by id, {@code total} a number. */
		KEYED_BY_ID,
		/** An object keyed by id, {@code total} a string (a DBAL count). */
		KEYED_BY_ID_TOTAL_AS_TEXT

	}

}
