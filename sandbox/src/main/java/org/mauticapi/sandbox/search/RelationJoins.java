package org.mauticapi.sandbox.search;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The tables a contact search joined and the conditions it put on them with
 * {@code andWhere}. Mautic joins each table once (the first command decides INNER or
 * LEFT) and adds each command's condition to the whole query, so {@code tag:a or tag:b}
 * needs one tag row matching both (recording 185: nobody) and {@code !tag:vip} keeps
 * anybody with one other tag or none (LEFT JOIN, {@code NOT LIKE ... OR IS NULL};
 * recording 184: everybody).
 */
final class RelationJoins {

	private final Map<ContactRelation, Join> joins = new EnumMap<>(ContactRelation.class);

	void add(ContactRelation relation, boolean inner, Condition<ContactRelation.Row> condition) {
		this.joins.computeIfAbsent(relation, (key) -> new Join(inner)).conditions.add(condition);
	}

	Condition<SearchableContact> condition() {
		Map<ContactRelation, Join> joined = new EnumMap<>(this.joins);
		return (contact) -> {
			for (Map.Entry<ContactRelation, Join> join : joined.entrySet()) {
				if (!join.getValue().matches(join.getKey().rows(contact))) {
					return Truth.FALSE;
				}
			}
			return Truth.TRUE;
		};
	}

	boolean isEmpty() {
		return this.joins.isEmpty();
	}

	private static final class Join {

		private final boolean inner;

		private final List<Condition<ContactRelation.Row>> conditions = new ArrayList<>();

		Join(boolean inner) {
			this.inner = inner;
		}

		boolean matches(List<ContactRelation.Row> rows) {
			List<ContactRelation.Row> joined = (rows.isEmpty() && !this.inner) ? List.of(ContactRelation.Row.NULL)
					: rows;
			return joined.stream().anyMatch((row) -> Condition.all(this.conditions).test(row) == Truth.TRUE);
		}

	}

}
