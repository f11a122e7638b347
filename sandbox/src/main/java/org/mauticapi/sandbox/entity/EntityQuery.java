package org.mauticapi.sandbox.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.mauticapi.php.PhpInputLimits;
import org.mauticapi.php.PhpInputReader;
import org.mauticapi.php.PhpJson;
import org.mauticapi.sandbox.error.MauticApiException;
import tools.jackson.databind.JsonNode;

/**
 * A list request on an entity, as Mautic's {@code CommonRepository} reads it:
 * {@code search} ({@code ids:1,2} or a text matched against the kind's columns),
 * {@code where[]} clauses, {@code orderBy}/{@code orderByDir} or {@code order[]},
 * {@code start} and {@code limit} (30 by default), {@code published}. A column the entity
 * does not have is the database's error, which Mautic answers with its generic 500.
 *
 * @param search the search string
 * @param where the where clauses
 * @param order the order, column and direction
 * @param start the offset
 * @param limit the page size
 * @param publishedOnly whether only published entities are listed
 */
record EntityQuery(String search, List<JsonNode> where, List<String[]> order, int start, int limit,
		boolean publishedOnly) {

	private static final PhpInputReader PHP = new PhpInputReader(PhpInputLimits.DEFAULTS);

	private static final int DEFAULT_LIMIT = 30;

	/**
	 * A query string's variables as PHP reads them into {@code $_GET}.
	 * @param rawQuery the query string, still encoded, or null for none
	 * @return the variables
	 */
	static JsonNode variables(@Nullable String rawQuery) {
		return PhpJson.variables(PHP.readQuery(rawQuery).values());
	}

	static EntityQuery parse(JsonNode parameters) {
		List<JsonNode> where = new ArrayList<>();
		parameters.path("where").values().forEach(where::add);
		List<String[]> order = new ArrayList<>();
		parameters.path("order")
			.values()
			.forEach((clause) -> order
				.add(new String[] { clause.path("col").asString(""), clause.path("dir").asString("ASC") }));
		String orderBy = parameters.path("orderBy").asString("");
		if (!orderBy.isEmpty()) {
			for (String column : orderBy.split(",")) {
				order.add(new String[] { column.trim(), parameters.path("orderByDir").asString("ASC") });
			}
		}
		return new EntityQuery(parameters.path("search").asString(""), where, order,
				number(parameters.path("start"), 0), number(parameters.path("limit"), DEFAULT_LIMIT),
				truthy(parameters.path("published")));
	}

	<E> Page<E> run(EntityKind<E> kind) {
		List<E> matching = kind.all().stream().filter(filter(kind)).collect(Collectors.toCollection(ArrayList::new));
		Comparator<E> comparator = comparator(kind);
		if (comparator != null) {
			matching.sort(comparator);
		}
		int from = Math.min(this.start, matching.size());
		int to = (this.limit <= 0) ? matching.size() : Math.min(matching.size(), from + this.limit);
		return new Page<>(matching.subList(from, to), matching.size());
	}

	private <E> Predicate<E> filter(EntityKind<E> kind) {
		Predicate<E> filter = (entity) -> true;
		String text = this.search.trim();
		if (text.toLowerCase(Locale.ROOT).startsWith("ids:")) {
			Set<Long> ids = java.util.Arrays.stream(text.substring(4).split(","))
				.map(EntityIds::parse)
				.flatMap(java.util.Optional::stream)
				.collect(Collectors.toSet());
			filter = filter.and((entity) -> ids.contains(kind.id(entity)));
		}
		// A repository without searchable columns ignores the text
		// (CommonRepository::addCatchAllWhereClause)
		else if (!text.isEmpty() && !kind.searchColumns().isEmpty()) {
			String term = text.toLowerCase(Locale.ROOT);
			filter = filter.and((entity) -> kind.searchColumns()
				.stream()
				.map((column) -> kind.column(entity, column))
				.anyMatch((value) -> value != null && value.toString().toLowerCase(Locale.ROOT).contains(term)));
		}
		if (this.publishedOnly) {
			filter = filter.and((entity) -> !Boolean.FALSE.equals(kind.column(entity, "isPublished")));
		}
		for (JsonNode clause : this.where) {
			filter = filter.and(where(kind, clause));
		}
		return filter;
	}

	private static <E> Predicate<E> where(EntityKind<E> kind, JsonNode clause) {
		String column = withoutAlias(clause.path("col").asString(""));
		String expression = clause.path("expr").asString("");
		String value = clause.path("val").asString("");
		check(kind, column);
		return (entity) -> {
			Object actual = kind.column(entity, column);
			String text = (actual == null) ? null : actual.toString();
			return switch (expression) {
				case "eq" -> value.equals(text);
				case "neq" -> text != null && !value.equals(text);
				case "isNull" -> actual == null;
				case "isNotNull" -> actual != null;
				case "isEmpty" -> text == null || text.isEmpty();
				case "isNotEmpty" -> text != null && !text.isEmpty();
				case "like" -> text != null && text.toLowerCase(Locale.ROOT)
					.matches(value.toLowerCase(Locale.ROOT).replace("%", ".*").replace("_", "."));
				// An expression Mautic does not know is ignored (recording 228).
				default -> true;
			};
		};
	}

	private <E> @Nullable Comparator<E> comparator(EntityKind<E> kind) {
		Comparator<E> comparator = null;
		for (String[] clause : this.order) {
			String column = withoutAlias(clause[0]);
			check(kind, column);
			Comparator<E> byColumn = Comparator.comparing((E entity) -> sortable(kind.column(entity, column)),
					Comparator.nullsFirst(Comparator.naturalOrder()));
			if (clause[1].equalsIgnoreCase("DESC")) {
				byColumn = byColumn.reversed();
			}
			comparator = (comparator == null) ? byColumn : comparator.thenComparing(byColumn);
		}
		return comparator;
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static @Nullable Comparable sortable(@Nullable Object value) {
		if (value instanceof Comparable comparable) {
			return (value instanceof String text) ? text.toLowerCase(Locale.ROOT) : comparable;
		}
		return (value != null) ? value.toString() : null;
	}

	private static <E> void check(EntityKind<E> kind, String column) {
		if (!kind.columns().contains(column)) {
			throw MauticApiException.serverError();
		}
	}

	private static String withoutAlias(String column) {
		return column.contains(".") ? column.substring(column.indexOf('.') + 1) : column;
	}

	private static int number(JsonNode value, int fallback) {
		String text = value.asString("").trim();
		if (text.isEmpty()) {
			return fallback;
		}
		if (!text.matches("-?\\d+")) {
			throw MauticApiException.serverError();
		}
		return Integer.parseInt(text);
	}

	private static boolean truthy(JsonNode value) {
		String text = value.asString("");
		return !text.isEmpty() && !text.equals("0") && !text.equalsIgnoreCase("false");
	}

	record Page<E>(List<E> entities, int total) {
	}

}
