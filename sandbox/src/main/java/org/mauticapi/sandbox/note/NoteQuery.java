package org.mauticapi.sandbox.note;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

import org.mauticapi.sandbox.state.RepositoryListing;

/**
 * The parameters of {@code GET /contacts/{id}/notes} read as Mautic's
 * {@code LeadApiController::getNotesAction} hands them to its note repository:
 * {@code search} (text contained in the note, or {@code type:call}), {@code start},
 * {@code limit} (default 30, 0 for all), {@code orderBy} (an {@code n.} property, default
 * {@code n.dateAdded}) and {@code orderByDir} (default DESC). What Doctrine cannot build
 * is its generic 500 (recording 308).
 *
 * @param filter the notes the search keeps
 * @param start the first row
 * @param limit the page size, 0 for all
 * @param order the order
 */
record NoteQuery(Predicate<Note> filter, int start, int limit, Comparator<Note> order) {

	private static final Map<String, Function<Note, Comparable<?>>> COLUMNS = Map.of("n.id", Note::id, "n.text",
			Note::text, "n.type", Note::type, "n.dateTime", Note::dateTime, "n.dateAdded", Note::dateAdded);

	static NoteQuery parse(Map<String, List<String>> query) {
		int start = RepositoryListing.number(RepositoryListing.first(query, "start", "0"));
		int limit = RepositoryListing.number(RepositoryListing.first(query, "limit", "30"));
		return new NoteQuery(search(RepositoryListing.first(query, "search", "")), start, limit,
				order(RepositoryListing.first(query, "orderBy", "n.dateAdded"),
						RepositoryListing.first(query, "orderByDir", "DESC")));
	}

	/** The page of the matching notes. */
	List<Note> page(List<Note> matching) {
		return RepositoryListing.page(matching, this.order, this.start, this.limit);
	}

	/**
	 * Every term must match: {@code type:x} the type, anything else contained in the text
	 * (case-insensitive).
	 */
	private static Predicate<Note> search(String search) {
		Predicate<Note> all = (note) -> true;
		for (String term : search.trim().split("\\s+")) {
			if (term.isEmpty()) {
				continue;
			}
			String lower = term.toLowerCase(Locale.ROOT);
			if (lower.startsWith("type:")) {
				String type = lower.substring(5);
				all = all.and((note) -> String.valueOf(note.type()).toLowerCase(Locale.ROOT).equals(type));
			}
			else {
				all = all.and((note) -> String.valueOf(note.text()).toLowerCase(Locale.ROOT).contains(lower));
			}
		}
		return all;
	}

	private static Comparator<Note> order(String column, String direction) {
		return RepositoryListing.order(COLUMNS, column, direction, Note::id);
	}

}
