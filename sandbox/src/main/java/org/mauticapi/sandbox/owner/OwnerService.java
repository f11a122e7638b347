package org.mauticapi.sandbox.owner;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.mauticapi.sandbox.state.SandboxState;
import org.mauticapi.sandbox.user.User;
import org.mauticapi.sandbox.user.UserStore;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;

/**
 * Users who can own contacts, as GET /contacts/list/owners lists them: Mautic's
 * {@code UserRepository::getUserList} matches {@code filter} as a prefix
 * ({@code LIKE 'x%'}) of the first name, the last name or "first last", orders by first
 * and last name, and pages only when {@code limit} is set (recordings 299-302).
 */
@Service
public class OwnerService {

	private final SandboxState state;

	private final UserStore users;

	public OwnerService(SandboxState state, UserStore users) {
		this.state = state;
		this.users = users;
	}

	public ResponseEntity<JsonNode> list(@Nullable String filter, @Nullable Integer limit, @Nullable Integer start) {
		Pattern prefix = (filter == null || filter.isEmpty()) ? null : likePrefix(filter);
		List<User> matching = this.state.read(() -> this.users.all()
			.stream()
			// UserRepository::getUserList lists published users only (100-fresh
			// owners-and-users)
			.filter((user) -> this.users.published(user.id()))
			.filter((user) -> prefix == null || prefix.matcher(user.firstName()).matches()
					|| prefix.matcher(user.lastName()).matches() || prefix.matcher(user.fullName()).matches())
			.sorted(Comparator.comparing(User::firstName, String.CASE_INSENSITIVE_ORDER)
				.thenComparing(User::lastName, String.CASE_INSENSITIVE_ORDER))
			.toList());
		if (limit != null && limit > 0) {
			int from = Math.min(Math.max((start != null) ? start : 0, 0), matching.size());
			matching = matching.subList(from, Math.min(matching.size(), from + limit));
		}
		ArrayNode body = JsonNodeFactory.instance.arrayNode();
		matching.forEach((user) -> body.addObject()
			.put("id", user.id())
			.put("firstName", user.firstName())
			.put("lastName", user.lastName()));
		return ResponseEntity.ok(body);
	}

	/**
	 * {@code LIKE 'filter%'} in MySQL's case-insensitive collation: {@code %} and
	 * {@code _} stay wildcards.
	 */
	private static Pattern likePrefix(String filter) {
		StringBuilder regex = new StringBuilder();
		for (char character : filter.toCharArray()) {
			switch (character) {
				case '%' -> regex.append(".*");
				case '_' -> regex.append('.');
				default -> regex.append(Pattern.quote(String.valueOf(character)));
			}
		}
		return Pattern.compile(regex.append(".*").toString(),
				Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
	}

}
