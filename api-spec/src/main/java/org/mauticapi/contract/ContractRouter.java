package org.mauticapi.contract;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;

import org.jspecify.annotations.Nullable;

/**
 * Matches a request to the contract's operation in one walk down a tree of the path
 * templates' segments, a literal segment winning over a placeholder
 * ({@code /contacts/list/fields} over {@code /contacts/{id}/...}), as Mautic's router
 * does for the same routes.
 */
public final class ContractRouter {

	private final Node root = new Node();

	private final BiPredicate<ContractOperation, Map<String, String>> requirements;

	/**
	 * Builds the router.
	 * @param operations the operations
	 * @param requirements whether placeholder values meet the operation's route
	 * requirements (Mautic's router requires digits for ids); a path whose values do not
	 * is no instance of the operation
	 */
	ContractRouter(List<ContractOperation> operations,
			BiPredicate<ContractOperation, Map<String, String>> requirements) {
		this.requirements = requirements;
		operations.forEach(this::add);
	}

	private void add(ContractOperation operation) {
		Node node = this.root;
		for (String segment : segments(operation.pathTemplate())) {
			if (segment.startsWith("{") && segment.endsWith("}")) {
				if (node.placeholder == null) {
					node.placeholder = new Node();
					node.placeholderName = segment.substring(1, segment.length() - 1);
				}
				else if (!node.placeholderName.equals(segment.substring(1, segment.length() - 1))) {
					throw new IllegalStateException("Two names for one placeholder: {" + node.placeholderName + "} and "
							+ segment + " in " + operation);
				}
				node = node.placeholder;
			}
			else {
				node = node.literals.computeIfAbsent(segment, (key) -> new Node());
			}
		}
		if (node.operations.putIfAbsent(operation.method(), operation) != null) {
			throw new IllegalStateException(
					"Two operations for " + operation.method() + " " + operation.pathTemplate());
		}
	}

	/**
	 * The operation a request is an instance of.
	 * @param method the request method (a HEAD matches the GET operation)
	 * @param path the decoded request path, with or without the {@code /api} prefix,
	 * without query string
	 * @return the match, with the placeholders' values; empty when no operation has this
	 * method and path
	 */
	public Optional<RouteMatch> route(String method, String path) {
		String wanted = method.toUpperCase(Locale.ROOT);
		wanted = wanted.equals("HEAD") ? "GET" : wanted;
		List<String> segments = segments(ContractOperation.withoutApiPrefix(path));
		Map<String, String> values = new LinkedHashMap<>();
		ContractOperation operation = match(this.root, segments, 0, wanted, values);
		return (operation != null) ? Optional.of(new RouteMatch(operation, values)) : Optional.empty();
	}

	private @Nullable ContractOperation match(Node node, List<String> segments, int index, String method,
			Map<String, String> values) {
		if (index == segments.size()) {
			ContractOperation operation = node.operations.get(method);
			return (operation != null && this.requirements.test(operation, values)) ? operation : null;
		}
		String segment = segments.get(index);
		Node literal = node.literals.get(segment);
		if (literal != null) {
			ContractOperation found = match(literal, segments, index + 1, method, values);
			if (found != null) {
				return found;
			}
		}
		if (node.placeholder != null && !segment.isEmpty()) {
			values.put(node.placeholderName, segment);
			ContractOperation found = match(node.placeholder, segments, index + 1, method, values);
			if (found != null) {
				return found;
			}
			values.remove(node.placeholderName);
		}
		return null;
	}

	// "/contacts/{id}" has the segments "contacts" and "{id}"; a trailing slash is an
	// empty last segment, which
	// matches nothing, as in Mautic.
	private static List<String> segments(String path) {
		String relative = path.startsWith("/") ? path.substring(1) : path;
		return List.of(relative.split("/", -1));
	}

	private static final class Node {

		private final Map<String, Node> literals = new HashMap<>();

		private final Map<String, ContractOperation> operations = new HashMap<>();

		private @Nullable Node placeholder;

		private String placeholderName = "";

	}

}
