package org.mauticapi.sandbox.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * The contact search of Mautic 5.1's {@code LeadRepository}: free text over the identity,
 * place and social fields, and its commands. Commands on joined tables ({@code tag:},
 * {@code company:}, {@code company_id:}, {@code ip:}, {@code stage:}) and
 * {@code segment:} constrain the whole query, not the term's group; commands about data
 * the sandbox does not keep (emails sent, page hits, imports, campaigns, forms) match
 * nobody, or everybody when negated. One instance compiles one search.
 */
final class ContactSearch implements SearchCommands<SearchableContact> {

	private static final Set<String> COMMANDS = Set.of("is:anonymous", "is:mine", "is:unowned", "segment", "campaign",
			"name", "company", "company_id", "email", "owner", "ip", "tag", "stage", "common", "email_sent",
			"email_read", "email_queued", "email_pending", "page_source", "page_source_id", "import_id",
			"import_action", "page_id", "sms_sent", "web_sent", "mobile_sent", "dnc", "form", "ids");

	private static final Set<String> WITHOUT_DATA = Set.of("campaign", "email_sent", "email_read", "email_queued",
			"email_pending", "page_source", "page_source_id", "import_id", "import_action", "page_id", "sms_sent",
			"web_sent", "mobile_sent");

	private static final List<String> TEXT_COLUMNS = List.of("firstname", "lastname", "email", "company", "city",
			"state", "zipcode", "country");

	private final ContactFieldCatalog fields;

	private final long currentUserId;

	private final SearchString search;

	private final RelationJoins joins = new RelationJoins();

	private final List<Condition<SearchableContact>> wholeQuery = new ArrayList<>();

	private ContactSearch(ContactFieldCatalog fields, long currentUserId, SearchString search) {
		this.fields = fields;
		this.currentUserId = currentUserId;
		this.search = search;
	}

	static @Nullable Condition<SearchableContact> compile(String search, ContactFieldCatalog fields,
			long currentUserId) {
		ContactSearch compiler = new ContactSearch(fields, currentUserId, SearchStringParser.parse(search));
		List<Condition<SearchableContact>> conditions = new ArrayList<>();
		Condition<SearchableContact> terms = SearchCompiler.compile(compiler.search.filters(), compiler);
		if (terms != null) {
			conditions.add(terms);
		}
		conditions.addAll(compiler.wholeQuery);
		if (!compiler.joins.isEmpty()) {
			conditions.add(compiler.joins.condition());
		}
		return conditions.isEmpty() ? null : Condition.all(conditions);
	}

	@Override
	public @Nullable String supported(String command, String string) {
		if (COMMANDS.contains(command) || this.fields.aliases().contains(command)) {
			return command;
		}
		String withSubcommand = command + ":" + string;
		return COMMANDS.contains(withSubcommand) ? withSubcommand : null;
	}

	@Override
	public @Nullable Condition<SearchableContact> command(String command, SearchFilter filter) {
		boolean not = filter.not();
		String like = filter.strict() ? filter.string() : filter.string() + "%";
		if (WITHOUT_DATA.contains(command)) {
			return Condition.always(Truth.of(not));
		}
		return switch (command) {
			case "is:anonymous" -> (contact) -> Truth.of(contact.isAnonymous() != not);
			case "is:mine" -> (contact) -> (contact.ownerId() == null) ? Truth.UNKNOWN
					: Truth.of((contact.ownerId() == this.currentUserId) != not);
			case "is:unowned" -> (contact) -> unowned(contact.ownerId(), not);
			case "owner" -> either(SearchableContact::ownerFirstName, SearchableContact::ownerLastName, like, not);
			case "name" -> either((c) -> c.field("firstname"), (c) -> c.field("lastname"), like, not);
			case "email" -> likeOrNot((c) -> c.field("email"), like, not);
			case "segment" -> wholeQuery((contact) -> isMember(contact, filter.string()) != not);
			case "form" -> wholeQuery((contact) -> not);
			case "common" -> common(filter.string(), not);
			case "dnc" -> (contact) -> Truth.of(hasDoNotContact(contact, filter.string()) != not);
			case "ids" -> ids(filter.string());
			case "tag", "company", "ip", "stage" -> joined(command, like, not);
			case "company_id" -> companyId(filter.string(), not);
			default -> likeOrNot((c) -> c.field(command), like, not);
		};
	}

	@Override
	public Condition<SearchableContact> catchAll(String string, boolean not, boolean strict) {
		LikePattern pattern = LikePattern.of(SearchCompiler.containsPattern(string, strict));
		List<String> columns = new ArrayList<>(TEXT_COLUMNS);
		columns.addAll(this.fields.socialAliases());
		List<Condition<SearchableContact>> parts = columns.stream()
			.map((column) -> likeOrNot((c) -> c.field(column), pattern, not))
			.toList();
		// LeadRepository uses DBAL, which has no NOT(): a negated word becomes AND of NOT
		// LIKE over the columns.
		return not ? Condition.all(parts) : Condition.any(parts);
	}

	private @Nullable Condition<SearchableContact> wholeQuery(Function<SearchableContact, Boolean> test) {
		this.wholeQuery.add((contact) -> Truth.of(test.apply(contact)));
		return null;
	}

	private @Nullable Condition<SearchableContact> joined(String command, String like, boolean not) {
		ContactRelation relation = switch (command) {
			case "tag" -> ContactRelation.TAGS;
			case "company" -> ContactRelation.COMPANIES;
			case "ip" -> ContactRelation.IP_ADDRESSES;
			default -> ContactRelation.STAGE;
		};
		LikePattern pattern = LikePattern.of(like);
		Condition<ContactRelation.Row> matches = (row) -> pattern.matches(row.text());
		this.joins.add(relation, !this.search.isNegatedOnly(command), orNull(matches, not, ContactRelation.Row::text));
		return null;
	}

	private @Nullable Condition<SearchableContact> companyId(String id, boolean not) {
		Condition<ContactRelation.Row> equals = WhereClauses.compare(ContactRelation.Row::id, id, (c) -> c == 0);
		this.joins.add(ContactRelation.COMPANIES, !this.search.isNegatedOnly("company_id"),
				orNull(equals, not, ContactRelation.Row::id));
		return null;
	}

	/**
	 * A negated join condition also keeps the row of NULLs
	 * (ExpressionHelperTrait::generateFilterExpression).
	 */
	private static Condition<ContactRelation.Row> orNull(Condition<ContactRelation.Row> condition, boolean not,
			Function<ContactRelation.Row, @Nullable Object> column) {
		if (!not) {
			return condition;
		}
		return (row) -> condition.test(row).not().or(Truth.of(column.apply(row) == null));
	}

	private static Truth unowned(@Nullable Long owner, boolean not) {
		if (not) {
			return (owner == null) ? Truth.UNKNOWN : Truth.TRUE;
		}
		return Truth.of(owner == null || owner == 0);
	}

	private static Condition<SearchableContact> either(Function<SearchableContact, @Nullable Object> first,
			Function<SearchableContact, @Nullable Object> second, String like, boolean not) {
		LikePattern pattern = LikePattern.of(like);
		return Condition.any(List.of(likeOrNot(first, pattern, not), likeOrNot(second, pattern, not)));
	}

	private static Condition<SearchableContact> likeOrNot(Function<SearchableContact, @Nullable Object> column,
			String like, boolean not) {
		return likeOrNot(column, LikePattern.of(like), not);
	}

	private static Condition<SearchableContact> likeOrNot(Function<SearchableContact, @Nullable Object> column,
			LikePattern pattern, boolean not) {
		Condition<SearchableContact> like = WhereClauses.like(column, pattern);
		return not ? like.negate() : like;
	}

	private static boolean isMember(SearchableContact contact, String alias) {
		return contact.segmentAliases()
			.stream()
			.anyMatch((member) -> SqlValues.key(member).equals(SqlValues.key(alias)));
	}

	/**
	 * {@code common:a+b}: members of every listed segment (a repeated or unknown alias
	 * can never be counted).
	 */
	private static Condition<SearchableContact> common(String aliases, boolean not) {
		List<String> listed = Arrays.asList(aliases.split("\\+", -1));
		Set<String> distinct = new LinkedHashSet<>(listed);
		return (contact) -> {
			long memberships = distinct.stream().filter((alias) -> isMember(contact, alias)).count();
			return Truth.of((memberships == listed.size()) != not);
		};
	}

	private static boolean hasDoNotContact(SearchableContact contact, String channel) {
		if ("any".equals(channel)) {
			return !contact.doNotContactChannels().isEmpty();
		}
		return contact.doNotContactChannels()
			.stream()
			.anyMatch((entry) -> SqlValues.key(entry).equals(SqlValues.key(channel)));
	}

	/** {@code ids:1,5}; CommonRepository::getIdsExpr ignores a leading {@code !}. */
	static <T> Condition<T> ids(String list, Function<T, Long> id) {
		Set<Long> ids = new LinkedHashSet<>();
		Arrays.stream(list.split(",", -1)).forEach((value) -> ids.add(SqlValues.intval(value)));
		return (item) -> Truth.of(ids.contains(id.apply(item)));
	}

	private static Condition<SearchableContact> ids(String list) {
		return ids(list, SearchableContact::id);
	}

}
