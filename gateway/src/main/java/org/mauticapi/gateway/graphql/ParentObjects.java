package org.mauticapi.gateway.graphql;

import java.util.List;
import java.util.Map;

import graphql.TrivialDataFetcher;
import org.jspecify.annotations.Nullable;

/**
 * The object a relation's items were reached from (the contact whose notes were listed),
 * kept with each item under a key no Mautic answer has, so that {@code note { contact }}
 * needs no call.
 */
final class ParentObjects {

	private static final String KEY = "\0parent";

	private ParentObjects() {
	}

	/** Keeps the parent with the value: with an object, or with each object of a list. */
	@SuppressWarnings("unchecked")
	static void attach(@Nullable Object value, @Nullable Object parent) {
		if (!(parent instanceof Map<?, ?>)) {
			return;
		}
		if (value instanceof Map<?, ?> object) {
			((Map<String, Object>) object).put(KEY, parent);
		}
		else if (value instanceof List<?> items) {
			items.forEach((item) -> {
				if (item instanceof Map<?, ?> object) {
					((Map<String, Object>) object).put(KEY, parent);
				}
			});
		}
	}

	static TrivialDataFetcher<?> fetcher() {
		return (environment) -> (environment.getSource() instanceof Map<?, ?> object) ? object.get(KEY) : null;
	}

}
