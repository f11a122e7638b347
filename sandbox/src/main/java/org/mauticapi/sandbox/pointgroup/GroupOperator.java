package org.mauticapi.sandbox.pointgroup;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.mauticapi.sandbox.error.MauticApiException;
import org.mauticapi.contract.MauticErrors;

/**
 * The operators of {@code /contacts/{id}/points/groups/{groupId}/{operator}/{value}},
 * computed as Mautic's {@code PointGroupModel::adjustPoints} does on PHP integers stored
 * into an {@code int} score: a division by zero, a quotient that is not an integer (PHP's
 * {@code /} yields a float the typed setter refuses, recording 107) and a score beyond
 * the column's range fail with the generic 500.
 */
enum GroupOperator {

	PLUS, MINUS, TIMES, DIVIDE, SET;

	static GroupOperator of(String name) {
		return Arrays.stream(values())
			.filter((operator) -> operator.name().toLowerCase(Locale.ROOT).equals(name))
			.findFirst()
			.orElseThrow(() -> new MauticApiException(400,
					MauticErrors.controller(400, "The requested operation is not permitted.", List.of())));
	}

	long apply(long score, int value) {
		try {
			long result = switch (this) {
				case PLUS -> Math.addExact(score, value);
				case MINUS -> Math.subtractExact(score, value);
				case TIMES -> Math.multiplyExact(score, value);
				case DIVIDE -> divide(score, value);
				case SET -> value;
			};
			return Math.toIntExact(result);
		}
		catch (ArithmeticException ex) {
			throw MauticApiException.serverError();
		}
	}

	private static long divide(long score, int value) {
		if (value == 0 || score % value != 0) {
			throw new ArithmeticException("Not an integer quotient");
		}
		return score / value;
	}

}
