package org.mauticapi.sandbox.note;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

import org.mauticapi.sandbox.error.MauticApiException;

/**
 * The parameters of {@code GET /contacts/{id}/notes} read as Mautic's {@code LeadApiController::getNotesAction}
 * hands them to its note repository: {@code search} (text contained in the note, or {@code type:call}),
 * {@code start}, {@code limit} (default 30, 0 for all), {@code orderBy} (an {@code n.} property, default
 * {@code n.dateAdded}) and {@code orderByDir} (default DESC). What Doctrine cannot build is its generic 500
 * (recording 308).
 * @param filter the notes the search keeps
 * @param start the first row
 * @param limit the page size, 0 for all
 * @param order the order
 */
record NoteQuery(Predicate<Note> filter, int start, int limit, Comparator<Note> order) {

	private static final Map<String, Function<Note, Comparable<?>>> COLUMNS = Map.of("n.id", Note::id, "n.text",
			Note::text, "n.type", Note::type, "n.dateTime", Note::dateTime, "n.dateAdded", Note::dateAdded);

	/** MySQL's default collation: text compared without case, other values naturally. */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static final Comparator<Comparable> COLLATION = (left, right) -> (left instanceof String a
			&& right instanceof String b) ? a.compareToIgnoreCase(b) : left.compareTo(right);

	static NoteQuery parse(Map<String, List<String>> query) {
		return new NoteQuery(search(first(query, "search", "")), number(first(query, "start", "0")),
				number(first(query, "limit", "30")),
				order(first(query, "orderBy", "n.dateAdded"), first(query, "orderByDir", "DESC")));
	}

	/** The page of the matching notes. */
	List<Note> page(List<Note> matching) {
		List<Note> sorted = matching.stream().sorted(this.order).toList();
		int from = Math.min(this.start, sorted.size());
		int to = (this.limit == 0) ? sorted.size() : (int) Math.min(sorted.size(), (long) from + this.limit);
		return sorted.subList(from, to);
	}

	private static String first(Map<String, List<String>> query, String name, String fallback) {
		List<String> values = query.get(name);
		return (values == null || values.isEmpty()) ? fallback : values.get(0);
	}

	private static int number(String text) {
		if (!text.trim().matches("\\d{1,9}")) {
			throw MauticApiException.serverError();
		}
		return Integer.parseInt(text.trim());
	}

	/** Every term must match: {@code type:x} the type, anything else contained in the text (case-insensitive). */
	private static Predicate<Note> search(String search) {
		Predicate<Note> all = (note) -> true;
		for (String term : search.trim().split("\\s+")) {
			if (term.isEmpty()) {
				continue;
			}
			String lower = term.toLowerCase(Locale.ROOT);
			if (lower.startsWith("type:")) {
				String type = lower.substring(5);
				all = all.and((note) -> note.type().toLowerCase(Locale.ROOT).equals(type));
			}
			else {
				all = all.and((note) -> note.text().toLowerCase(Locale.ROOT).contains(lower));
			}
		}
		return all;
	}

	/** The requested order, ties by id; SQL sorts nulls first ascending and text without case. */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static Comparator<Note> order(String column, String direction) {
		Function<Note, Comparable<?>> key = COLUMNS.get(column);
		String dir = direction.toUpperCase(Locale.ROOT);
		if (key == null || !(dir.equals("ASC") || dir.equals("DESC"))) {
			throw MauticApiException.serverError();
		}
		Comparator<Note> byColumn = Comparator.comparing((note) -> (Comparable) key.apply(note),
				Comparator.nullsFirst(COLLATION));
		if (dir.equals("DESC")) {
			byColumn = byColumn.reversed();
		}
		return byColumn.thenComparingLong(Note::id);
	}

}
