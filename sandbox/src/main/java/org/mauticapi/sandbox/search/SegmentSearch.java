package org.mauticapi.sandbox.search;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The segment search of Mautic 5.1's {@code LeadListRepository}: free text over name and
 * alias, {@code name:} (contains), {@code is:global}, {@code is:published},
 * {@code is:unpublished}, {@code is:mine}, {@code category:} and {@code ids:}. As in
 * Mautic, {@code !} negates the standard commands but not {@code name:} or
 * {@code is:global}.
 */
final class SegmentSearch implements SearchCommands<SearchableSegment> {

	private static final Set<String> COMMANDS = Set.of("is:global", "is:published", "is:unpublished", "name", "is:mine",
			"category", "ids");

	private final long currentUserId;

	private SegmentSearch(long currentUserId) {
		this.currentUserId = currentUserId;
	}

	static @Nullable Condition<SearchableSegment> compile(String search, long currentUserId) {
		return SearchCompiler.compile(SearchStringParser.parse(search).filters(), new SegmentSearch(currentUserId));
	}

	@Override
	public @Nullable String supported(String command, String string) {
		if (COMMANDS.contains(command)) {
			return command;
		}
		String withSubcommand = command + ":" + string;
		return COMMANDS.contains(withSubcommand) ? withSubcommand : null;
	}

	@Override
	public Condition<SearchableSegment> command(String command, SearchFilter filter) {
		return switch (command) {
			case "is:global" -> (segment) -> Truth.of(segment.isGlobal());
			// LeadListRepository wraps name: in % even when the text already holds one.
			case "name" -> WhereClauses.like(SearchableSegment::name,
					LikePattern.of(filter.strict() ? filter.string() : "%" + filter.string() + "%"));
			default -> standard(command, filter);
		};
	}

	private Condition<SearchableSegment> standard(String command, SearchFilter filter) {
		Condition<SearchableSegment> condition = switch (command) {
			case "is:published" -> (segment) -> Truth.of(segment.isPublished());
			case "is:unpublished" -> (segment) -> Truth.of(!segment.isPublished());
			case "is:mine" -> (segment) -> (segment.createdBy() == null) ? Truth.UNKNOWN
					: Truth.of(segment.createdBy() == this.currentUserId);
			case "category" -> WhereClauses.like(SearchableSegment::categoryAlias, LikePattern.of(filter.string()));
			default -> ContactSearch.ids(filter.string(), SearchableSegment::id);
		};
		return filter.not() ? condition.negate() : condition;
	}

	@Override
	public Condition<SearchableSegment> catchAll(String string, boolean not, boolean strict) {
		LikePattern pattern = LikePattern.of(SearchCompiler.containsPattern(string, strict));
		Condition<SearchableSegment> any = Condition.any(List.of(WhereClauses.like(SearchableSegment::name, pattern),
				WhereClauses.like(SearchableSegment::alias, pattern)));
		return not ? any.negate() : any;
	}

}
