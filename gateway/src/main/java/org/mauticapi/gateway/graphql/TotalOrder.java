package org.mauticapi.gateway.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.mauticapi.gateway.graphql.schema.GraphQlMapping.TieBreak;

/**
 * Makes a list read's order total, so that its pages neither repeat nor skip an item:
 * Mautic sorts by the columns asked for (or its default, the most recently active
 * contacts first) and leaves rows that tie in a database's arbitrary order, which can
 * differ from one page's query to the next. The order is sent as clauses of its
 * {@code order} parameter (which replaces {@code orderBy}), with the id as the last one.
 */
final class TotalOrder {

	private TotalOrder() {
	}

	/**
	 * The call with its order made total.
	 * @param call the call as the arguments built it
	 * @param tieBreak how the read orders
	 * @return the call, its order clauses ending with the tie-breaking column
	 */
	static UpstreamCall apply(UpstreamCall call, TieBreak tieBreak) {
		String prefix = tieBreak.param() + "[";
		List<Map.Entry<String, String>> others = new ArrayList<>();
		List<String[]> clauses = new ArrayList<>();
		String orderBy = null;
		String direction = null;
		for (Map.Entry<String, String> parameter : call.query()) {
			String name = parameter.getKey();
			if (name.equals(tieBreak.byParam())) {
				orderBy = parameter.getValue();
			}
			else if (name.equals(tieBreak.dirParam())) {
				direction = parameter.getValue();
			}
			else if (name.startsWith(prefix)) {
				int index = Integer.parseInt(name.substring(prefix.length(), name.indexOf(']')));
				while (clauses.size() <= index) {
					clauses.add(new String[2]);
				}
				clauses.get(index)[name.endsWith("[col]") ? 0 : 1] = parameter.getValue();
			}
			else {
				others.add(parameter);
			}
		}
		if (clauses.isEmpty()) {
			clauses.add((orderBy != null) ? new String[] { orderBy, (direction != null) ? direction : "asc" }
					: new String[] { tieBreak.defaultColumn(), tieBreak.defaultDirection() });
		}
		else if (orderBy != null) {
			// order replaces orderBy in Mautic; it is not sent beside it.
			orderBy = null;
		}
		if (clauses.stream().noneMatch((clause) -> tieBreak.column().equals(clause[0]))) {
			clauses.add(new String[] { tieBreak.column(), "asc" });
		}
		for (int i = 0; i < clauses.size(); i++) {
			if (clauses.get(i)[0] != null) {
				others.add(Map.entry(prefix + i + "][col]", clauses.get(i)[0]));
			}
			if (clauses.get(i)[1] != null) {
				others.add(Map.entry(prefix + i + "][dir]", clauses.get(i)[1]));
			}
		}
		return new UpstreamCall(call.path(), others);
	}

}
