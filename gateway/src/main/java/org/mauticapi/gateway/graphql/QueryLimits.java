package org.mauticapi.gateway.graphql;

import java.util.concurrent.atomic.AtomicInteger;

import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.ExecutionResult;
import graphql.language.Field;
import org.jspecify.annotations.Nullable;

/**
 * The instrumentations that refuse a query over the limits before it runs: depth and cost
 * (graphql-java's, with a cost that counts page sizes), and aliases and page sizes
 * (checked here, fragments expanded).
 */
final class QueryLimits {

	/**
	 * A field costs 1 plus its selection, and a page ({@code first}) its selection once
	 * per item.
	 */
	static final FieldComplexityCalculator PAGE_SIZED = (environment, childComplexity) -> {
		Object first = environment.getArguments().get("first");
		int items = (first instanceof Integer size) ? Math.max(size, 1) : 1;
		return 1 + items * childComplexity;
	};

	private QueryLimits() {
	}

	/**
	 * Whether the operation only asks about the schema, as GraphiQL's documentation
	 * explorer does (13 levels deep). It makes no upstream call, and graphql-java's
	 * good-faith check already bounds its size and depth, so the limits, which are about
	 * upstream cost, do not apply to it.
	 */
	static boolean introspectionOnly(ExecutionContext execution) {
		return execution.getOperationDefinition()
			.getSelectionSet()
			.getSelections()
			.stream()
			.allMatch((selection) -> selection instanceof Field field && field.getName().startsWith("__"));
	}

	/**
	 * A traversal of the operation about to run, fragments expanded and variables
	 * coerced.
	 */
	static QueryTraverser traverser(ExecutionContext execution) {
		return QueryTraverser.newQueryTraverser()
			.schema(execution.getGraphQLSchema())
			.document(execution.getDocument())
			.operationName(execution.getOperationDefinition().getName())
			.coercedVariables(execution.getCoercedVariables())
			.build();
	}

	static MaxQueryDepthInstrumentation depth(int maxDepth) {
		return new MaxQueryDepthInstrumentation(maxDepth) {

			@Override
			public @Nullable InstrumentationContext<ExecutionResult> beginExecuteOperation(
					InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
				return introspectionOnly(parameters.getExecutionContext()) ? null
						: super.beginExecuteOperation(parameters, state);
			}

			@Override
			protected AbortExecutionException mkAbortException(int depth, int max) {
				return new QueryLimitExceededException("max-depth",
						"The query nests " + depth + " levels deep; the most this gateway answers is " + max + ".");
			}

		};
	}

	static MaxQueryComplexityInstrumentation complexity(int maxComplexity) {
		return new MaxQueryComplexityInstrumentation(maxComplexity, PAGE_SIZED) {

			@Override
			public @Nullable InstrumentationContext<ExecutionResult> beginExecuteOperation(
					InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
				return introspectionOnly(parameters.getExecutionContext()) ? null
						: super.beginExecuteOperation(parameters, state);
			}

			@Override
			protected AbortExecutionException mkAbortException(int complexity, int max) {
				return new QueryLimitExceededException("max-complexity", "The query costs " + complexity
						+ " (each field 1 plus its selection, times first for a page); the most this gateway answers is "
						+ max + ".");
			}

		};
	}

	/**
	 * Refuses a query with more aliased fields than allowed, or a page larger than the
	 * largest one.
	 */
	static final class AliasesAndPageSize extends SimplePerformantInstrumentation {

		private final int maxAliases;

		private final int maxPageSize;

		AliasesAndPageSize(int maxAliases, int maxPageSize) {
			this.maxAliases = maxAliases;
			this.maxPageSize = maxPageSize;
		}

		@Override
		public @Nullable InstrumentationContext<ExecutionResult> beginExecuteOperation(
				InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
			ExecutionContext execution = parameters.getExecutionContext();
			if (introspectionOnly(execution)) {
				return null;
			}
			int maxAliases = this.maxAliases;
			int maxPageSize = this.maxPageSize;
			AtomicInteger aliases = new AtomicInteger();
			traverser(execution).visitPreOrder(new QueryVisitorStub() {

				@Override
				public void visitField(QueryVisitorFieldEnvironment field) {
					if (field.getField().getAlias() != null && aliases.incrementAndGet() > maxAliases) {
						throw new QueryLimitExceededException("max-aliases", "The query holds more than " + maxAliases
								+ " aliased fields; the most this gateway answers is " + maxAliases + ".");
					}
					if (field.getArguments().get("first") instanceof Integer first && first > maxPageSize) {
						throw new QueryLimitExceededException("max-page-size",
								"first: " + first + " on " + field.getField().getName()
										+ "; the most this gateway answers is " + maxPageSize + " items a page.");
					}
				}

			});
			return null;
		}

	}

}
