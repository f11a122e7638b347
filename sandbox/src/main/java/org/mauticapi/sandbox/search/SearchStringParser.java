package org.mauticapi.sandbox.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Splits a search string character by character exactly as Mautic 5.1's
 * {@code SearchStringHelper} does, quirks included: {@code or}/{@code and} (any case) set
 * the glue of the next term, a quoted phrase stays one term, a parenthesised group keeps
 * its command for its children, {@code !} negates and {@code +} makes a term strict.
 */
final class SearchStringParser {

	private static final Pattern TAGS = Pattern.compile("<[^>]*(>|$)");

	private final List<Draft> filters = new ArrayList<>();

	private final Map<String, Integer> commands = new LinkedHashMap<>();

	private final String overrideCommand;

	private int keyCount;

	private @Nullable Draft current;

	private SearchStringParser(String overrideCommand) {
		this.overrideCommand = overrideCommand;
		this.current = draft();
	}

	static SearchString parse(String input) {
		SearchStringParser parser = new SearchStringParser("");
		parser.split(TAGS.matcher(input).replaceAll("").trim());
		return new SearchString(parser.result(), parser.commands);
	}

	private List<SearchFilter> result() {
		return this.filters.stream().map(Draft::toFilter).toList();
	}

	private Draft draft() {
		Draft draft = new Draft(this.keyCount, this.overrideCommand);
		this.filters.add(draft);
		return draft;
	}

	private Draft current() {
		if (this.current == null) {
			// PHP 8 fails assigning to the term setFilter() just unset (e.g. an empty
			// quoted phrase followed by more).
			throw new MauticQueryException("Search term was discarded while parsing");
		}
		return this.current;
	}

	private void split(String input) {
		String command = this.overrideCommand;
		StringBuilder string = new StringBuilder();
		int pos = 0;
		while (pos < input.length()) {
			char c = input.charAt(pos++);
			string.append(c);
			boolean more = pos < input.length();
			if (c == ':') {
				command = string.substring(0, string.length() - 1).trim();
				if (command.startsWith("!")) {
					current().not = true;
					command = command.substring(1);
				}
				if (more) {
					current().command = command;
					string.setLength(0);
				}
				else {
					// A command without a value is dropped so it cannot match the whole
					// table.
					this.filters.remove(current());
					this.current = null;
				}
			}
			else if (c == ' ') {
				if (!" ".contentEquals(string)) {
					String word = string.toString().trim();
					String lower = word.toLowerCase(Locale.ROOT);
					String type = ("or".equals(lower) || "and".equals(lower)) ? word : "";
					command = setFilter(string, command, true, type, more);
				}
			}
			else if (c == '"' || c == '(') {
				char closing = (c == '"') ? '"' : ')';
				int opening = 1;
				int closed = 1;
				while (pos < input.length()) {
					char d = input.charAt(pos++);
					string.append(d);
					if (d == closing && opening == closed) {
						command = closeGroup(string, command, c, d);
						break;
					}
					if (d == c) {
						opening++;
					}
					else if (d == closing) {
						closed++;
					}
				}
			}
			else if (!more) {
				current().command = command;
				command = setFilter(string, command, true, null, false);
			}
		}
	}

	private String closeGroup(StringBuilder string, String command, char opening, char closing) {
		String group = string.toString();
		if (group.length() >= 2 && group.charAt(0) == opening && group.charAt(group.length() - 1) == closing) {
			group = group.substring(1, group.length() - 1);
			string.setLength(0);
			string.append(group);
		}
		boolean nested = false;
		if (closing != '"' && (group.contains(" ") || group.contains("(") || group.contains(")"))) {
			SearchStringParser children = new SearchStringParser(command);
			children.split(group);
			current().children = children.result();
			nested = true;
		}
		return setFilter(string, command, !nested, null, true);
	}

	private String setFilter(StringBuilder string, String command, boolean set, @Nullable String type,
			boolean setUpNext) {
		if (type != null && !type.isEmpty()) {
			current().type = type.toLowerCase(Locale.ROOT);
		}
		else if (set) {
			String value = string.toString().toLowerCase(Locale.ROOT).trim();
			if (value.isEmpty() || "or".equals(value) || "and".equals(value)) {
				this.filters.remove(current());
				this.current = null;
				return command;
			}
			Draft draft = current();
			int strictPos = value.indexOf('+');
			int notPos = value.indexOf('!');
			if (strictPos == 0 || strictPos == 1 || notPos == 0 || notPos == 1) {
				if (strictPos >= 0 && notPos >= 0) {
					draft.strict = true;
					draft.not = true;
					value = value.substring(2);
				}
				else if (strictPos == 0 && notPos < 0) {
					draft.strict = true;
					draft.not = false;
					value = value.substring(1);
				}
				else if (strictPos < 0 && notPos == 0) {
					draft.strict = false;
					draft.not = true;
					value = value.substring(1);
				}
			}
			draft.string = value;
			addCommand(draft);
			if (setUpNext) {
				this.keyCount++;
				this.current = draft();
			}
		}
		string.setLength(0);
		return this.overrideCommand;
	}

	private void addCommand(Draft draft) {
		String command = "is".equals(draft.command) ? "is:" + draft.string : draft.command;
		if (command.isEmpty()) {
			return;
		}
		int status = draft.not ? SearchString.NEGATE : SearchString.POSIT;
		Integer known = this.commands.get(command);
		if (known == null) {
			this.commands.put(command, status);
		}
		else if (known != status && known != SearchString.NEUTRAL) {
			this.commands.put(command, SearchString.NEUTRAL);
		}
	}

	/** A term while it is being read. */
	private static final class Draft {

		private final int key;

		private String type = "and";

		private String command;

		private String string = "";

		private boolean not;

		private boolean strict;

		private @Nullable List<SearchFilter> children;

		Draft(int key, String command) {
			this.key = key;
			this.command = command;
		}

		SearchFilter toFilter() {
			return new SearchFilter(this.key, this.type, this.command, this.string, this.not, this.strict,
					this.children);
		}

	}

}
