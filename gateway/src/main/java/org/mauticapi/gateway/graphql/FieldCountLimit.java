package org.mauticapi.gateway.graphql;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import graphql.execution.instrumentation.DocumentAndVariables;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.language.Definition;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import org.jspecify.annotations.Nullable;

/**
 * Refuses a document whose operation holds more fields than allowed once its fragments
 * are expanded, right after it is parsed and before it is validated or run. Each fragment
 * is counted once and its count reused wherever it is spread, so the check is linear in
 * the document's size: fragments that each spread the next twice (a fragment bomb, whose
 * expansion doubles at every level) are refused in microseconds, before graphql-java's
 * validation or its normalised operation would expand them.
 */
final class FieldCountLimit extends SimplePerformantInstrumentation {

	private final int maxFields;

	FieldCountLimit(int maxFields) {
		this.maxFields = maxFields;
	}

	@Override
	public DocumentAndVariables instrumentDocumentAndVariables(DocumentAndVariables documentAndVariables,
			InstrumentationExecutionParameters parameters, InstrumentationState state) {
		Map<String, FragmentDefinition> fragments = new HashMap<>();
		for (Definition<?> definition : documentAndVariables.getDocument().getDefinitions()) {
			if (definition instanceof FragmentDefinition fragment) {
				fragments.putIfAbsent(fragment.getName(), fragment);
			}
		}
		Counter counter = new Counter(fragments, this.maxFields);
		for (Definition<?> definition : documentAndVariables.getDocument().getDefinitions()) {
			if (definition instanceof OperationDefinition operation) {
				long fields = counter.count(operation.getSelectionSet());
				if (fields > this.maxFields) {
					throw new QueryLimitExceededException("max-fields",
							"The " + ((operation.getName() != null) ? "operation " + operation.getName() : "operation")
									+ " holds more than " + this.maxFields
									+ " fields with its fragments expanded; the most " + "this gateway answers is "
									+ this.maxFields + ".");
				}
			}
		}
		return documentAndVariables;
	}

	/**
	 * Counts fields, each fragment once; counts stop growing just past the limit, so they
	 * never overflow.
	 */
	private static final class Counter {

		private final Map<String, FragmentDefinition> fragments;

		private final long cap;

		private final Map<String, Long> counted = new HashMap<>();

		private final Set<String> counting = new HashSet<>();

		Counter(Map<String, FragmentDefinition> fragments, int maxFields) {
			this.fragments = fragments;
			this.cap = maxFields + 1L;
		}

		long count(@Nullable SelectionSet selectionSet) {
			if (selectionSet == null) {
				return 0;
			}
			long total = 0;
			for (Selection<?> selection : selectionSet.getSelections()) {
				total = Math.min(this.cap, total + count(selection));
			}
			return total;
		}

		private long count(Selection<?> selection) {
			if (selection instanceof Field field) {
				return 1 + count(field.getSelectionSet());
			}
			if (selection instanceof InlineFragment inline) {
				return count(inline.getSelectionSet());
			}
			if (selection instanceof FragmentSpread spread) {
				return fragment(spread.getName());
			}
			return 0;
		}

		// A spread of an unknown fragment, or one that spreads itself, counts nothing
		// here: validation refuses both.
		private long fragment(String name) {
			Long known = this.counted.get(name);
			if (known != null) {
				return known;
			}
			FragmentDefinition fragment = this.fragments.get(name);
			if (fragment == null || !this.counting.add(name)) {
				return 0;
			}
			long count = count(fragment.getSelectionSet());
			this.counting.remove(name);
			this.counted.put(name, count);
			return count;
		}

	}

}
