package org.mauticapi.gateway.graphql;

import java.util.Map;

import graphql.ExecutionResult;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLTypeUtil;
import org.jspecify.annotations.Nullable;

import org.mauticapi.gateway.graphql.schema.FieldBinding;
import org.mauticapi.gateway.graphql.schema.FieldBinding.BatchedLookup;
import org.mauticapi.gateway.graphql.schema.FieldBinding.OperationCall;
import org.mauticapi.gateway.graphql.schema.FieldBinding.OperationWrite;

/**
 * Refuses, before any upstream call, an operation that could make more upstream calls
 * than the budget. A field that calls Mautic costs one call for every object it is asked
 * on, and the number of those objects is the product of the pages above it: {@code first}
 * of a connection, and the assumed length of a list Mautic answers whole. A lookup
 * batched by ids costs one call per batch of a level, whatever the number of objects. So
 * {@code contacts(first: 100) { nodes { g1: pointGroupScore(groupId: 1) { score } ... } }
 * } with twenty aliases costs 1 + 2,000 calls and is refused, while the same with a page
 * of 5 costs 101.
 */
final class UpstreamCallBudget extends SimplePerformantInstrumentation {

	private final Map<FieldCoordinates, FieldBinding> bindings;

	private final int maxCalls;

	private final int assumedListSize;

	private final int batchSize;

	UpstreamCallBudget(Map<FieldCoordinates, FieldBinding> bindings, int maxCalls, int assumedListSize, int batchSize) {
		this.bindings = bindings;
		this.maxCalls = maxCalls;
		this.assumedListSize = assumedListSize;
		this.batchSize = batchSize;
	}

	@Override
	public @Nullable InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		ExecutionContext execution = parameters.getExecutionContext();
		if (QueryLimits.introspectionOnly(execution)) {
			return null;
		}
		long[] calls = { 0, 0 };
		String[] costliest = { "" };
		QueryLimits.traverser(execution).visitPreOrder(new QueryVisitorStub() {

			@Override
			public void visitField(QueryVisitorFieldEnvironment field) {
				long cost = cost(field);
				calls[0] = Math.min(Integer.MAX_VALUE, calls[0] + cost);
				if (cost > calls[1]) {
					calls[1] = cost;
					costliest[0] = field.getField().getResultKey();
				}
			}

		});
		if (calls[0] > this.maxCalls) {
			throw new QueryLimitExceededException("max-upstream-calls", "The query may make up to " + calls[0]
					+ " calls to Mautic (`" + costliest[0] + "` alone up to " + calls[1]
					+ ": a field that calls Mautic "
					+ "does so once for every object of the pages above it); the most this gateway makes for one query "
					+ "is " + this.maxCalls + ". Ask for smaller pages, or split the query.");
		}
		return null;
	}

	private long cost(QueryVisitorFieldEnvironment field) {
		FieldBinding binding = this.bindings.get(coordinates(field));
		if (binding instanceof OperationWrite) {
			return 1;
		}
		if (!(binding instanceof OperationCall) && !(binding instanceof BatchedLookup)) {
			return 0;
		}
		long objects = 1;
		for (QueryVisitorFieldEnvironment parent = field.getParentEnvironment(); parent != null; parent = parent
			.getParentEnvironment()) {
			objects = Math.min(Integer.MAX_VALUE, objects * fanOut(parent));
		}
		return (binding instanceof BatchedLookup) ? (objects + this.batchSize - 1) / this.batchSize : objects;
	}

	// How many objects a field's selection is asked on, per object the field itself is
	// asked on.
	private long fanOut(QueryVisitorFieldEnvironment field) {
		if (paged(field)) {
			return 1;
		}
		QueryVisitorFieldEnvironment parent = field.getParentEnvironment();
		if (parent != null && paged(parent)) {
			// A connection's nodes and edges: its page.
			return (parent.getArguments().get("first") instanceof Integer first) ? Math.max(first, 0)
					: FieldBinding.DEFAULT_PAGE_SIZE;
		}
		boolean list = GraphQLTypeUtil.unwrapNonNull(field.getFieldDefinition().getType()) instanceof GraphQLList;
		return (list && !GraphQLTypeUtil.isLeaf(GraphQLTypeUtil.unwrapAll(field.getFieldDefinition().getType())))
				? this.assumedListSize : 1;
	}

	private boolean paged(QueryVisitorFieldEnvironment field) {
		return this.bindings.get(coordinates(field)) instanceof OperationCall call && call.paging() != null;
	}

	private static FieldCoordinates coordinates(QueryVisitorFieldEnvironment field) {
		return FieldCoordinates.coordinates(GraphQLTypeUtil.unwrapAll(field.getFieldsContainer()).getName(),
				field.getFieldDefinition().getName());
	}

}
