package org.mauticapi.sandbox.search;

import java.util.List;

/**
 * One compiled part of a WHERE clause, evaluated on an item the way MySQL would evaluate
 * it on a row.
 *
 * @param <T> the item type
 */
@FunctionalInterface
interface Condition<T> {

	Truth test(T item);

	static <T> Condition<T> always(Truth truth) {
		return (item) -> truth;
	}

	static <T> Condition<T> all(List<Condition<T>> conditions) {
		return (item) -> {
			Truth result = Truth.TRUE;
			for (Condition<T> condition : conditions) {
				result = result.and(condition.test(item));
				if (result == Truth.FALSE) {
					return result;
				}
			}
			return result;
		};
	}

	static <T> Condition<T> any(List<Condition<T>> conditions) {
		return (item) -> {
			Truth result = Truth.FALSE;
			for (Condition<T> condition : conditions) {
				result = result.or(condition.test(item));
				if (result == Truth.TRUE) {
					return result;
				}
			}
			return result;
		};
	}

	default Condition<T> negate() {
		return (item) -> test(item).not();
	}

}
