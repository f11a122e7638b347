package org.mauticapi.sandbox.points;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Optional;

/**
 * The operators of {@code /contacts/{id}/points/{operator}/{value}}, with the event name
 * Mautic logs when the body gives none (its
 * {@code mautic.lead.lead.submitaction.operator_*} labels, as the timeline in recording
 * 344 shows).
 */
enum PointsOperator {

	PLUS("plus", "add (+)"),

	MINUS("minus", "subtract (-)"),

	TIMES("times", "multiply (x)"),

	DIVIDE("divide", "divide (/)");

	private final String path;

	private final String eventName;

	PointsOperator(String path, String eventName) {
		this.path = path;
		this.eventName = eventName;
	}

	static Optional<PointsOperator> of(String path) {
		return Arrays.stream(values()).filter((operator) -> operator.path.equals(path)).findFirst();
	}

	String eventName() {
		return this.eventName;
	}

	/**
	 * The new total. Mautic applies the change in SQL ({@code points = points / 3}), and
	 * MySQL rounds the quotient half away from zero when it stores it in the integer
	 * column.
	 */
	long apply(long points, int value) {
		return switch (this) {
			case PLUS -> points + value;
			case MINUS -> points - value;
			case TIMES -> points * value;
			case DIVIDE ->
				BigDecimal.valueOf(points).divide(BigDecimal.valueOf(value), 0, RoundingMode.HALF_UP).longValue();
		};
	}

}
