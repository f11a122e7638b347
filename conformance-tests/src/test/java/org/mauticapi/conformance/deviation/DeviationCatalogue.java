package org.mauticapi.conformance.deviation;

import java.util.List;
import java.util.stream.Stream;

/**
 * Every deviation the build plays against the kit: plausible bugs of a Mautic-compatible
 * API, one at a time.
 */
public final class DeviationCatalogue {

	private DeviationCatalogue() {
	}

	/**
	 * The deviations.
	 * @return answers that deviate, list parameters ignored, writes that lie
	 */
	public static List<Deviation> all() {
		return Stream.of(AnswerDeviations.all(), ParameterDeviations.all(), WriteDeviations.all())
			.flatMap(List::stream)
			.toList();
	}

}
