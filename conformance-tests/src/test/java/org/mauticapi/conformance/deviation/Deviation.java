package org.mauticapi.conformance.deviation;

import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

/**
 * One way a Mautic could deviate, played by the proxy: it may change the request before
 * the sandbox sees it (a parameter ignored, a write that stores nothing) and the answer
 * before the kit sees it (a status, a shape, a format).
 *
 * @param name what deviates, in words
 * @param operationIds the operations the kit may blame, one of which it must report as
 * failed
 * @param tags the scenarios to run, as a tag expression
 * @param scenarios a regular expression the names of the scenarios to run contain
 * @param request how the request is changed
 * @param answer how the answer is changed, knowing the request the kit sent
 */
public record Deviation(String name, Set<String> operationIds, String tags, String scenarios,
		UnaryOperator<ProxiedRequest> request, BiFunction<ProxiedRequest, ProxiedAnswer, ProxiedAnswer> answer) {

	/** No deviation at all. */
	public static final Deviation NONE = new Deviation("none", Set.of(), "", "", UnaryOperator.identity(),
			(request, answer) -> answer);

	@Override
	public String toString() {
		return this.name;
	}

}
