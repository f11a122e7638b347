package org.mauticapi.sandbox.segment.filter;

import org.jspecify.annotations.Nullable;

/**
 * What one filter asks of one column value (a contact field, a company's field, the owner
 * id), NULL included: the SQL condition Mautic's query builder would put in its WHERE
 * clause.
 */
@FunctionalInterface
interface ColumnCondition {

	boolean test(@Nullable Object column);

	/**
	 * SQL's NULL handling for negations: Mautic adds {@code OR column IS NULL} to !=,
	 * !like, !in and !between.
	 */
	static ColumnCondition orNull(ColumnCondition condition) {
		return (column) -> column == null || condition.test(column);
	}

	/** The non-null part of a condition: a NULL column matches no comparison. */
	static ColumnCondition notNull(ColumnCondition condition) {
		return (column) -> column != null && condition.test(column);
	}

}
