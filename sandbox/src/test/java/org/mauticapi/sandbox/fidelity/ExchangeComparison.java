package org.mauticapi.sandbox.fidelity;

import java.util.ArrayList;
import java.util.List;

/**
 * Compares the sandbox's answer to a step with Mautic's: the same status, and, unless the
 * step compares statuses only, the same content type and the same JSON shape with keys in
 * Mautic's order.
 */
public final class ExchangeComparison {

	private ExchangeComparison() {
	}

	/**
	 * The differences between two answers to the same step.
	 * @param mautic Mautic's exchange
	 * @param sandbox the sandbox's exchange
	 * @return one line per difference; empty when they agree
	 */
	public static List<String> differences(Exchange mautic, Exchange sandbox) {
		List<String> differences = new ArrayList<>();
		if (mautic.response() == null || sandbox.response() == null) {
			return differences;
		}
		Exchange.Response expected = mautic.response();
		Exchange.Response actual = sandbox.response();
		if (expected.status() != actual.status()) {
			differences.add("status: expected " + expected.status() + " but was " + actual.status());
			return differences;
		}
		if (mautic.step().compare().equals("status")) {
			return differences;
		}
		if (!expected.contentType().equals(actual.contentType())) {
			differences.add("content type: expected " + expected.contentType() + " but was " + actual.contentType());
		}
		differences.addAll(JsonShapes.differences(expected.body(), actual.body(), true));
		return differences;
	}

}
