package org.mauticapi.sandbox.search;

/**
 * SQL's three-valued logic: Mautic's conditions run in MySQL, where a comparison with
 * NULL is neither true nor false and a row is kept only when its condition is TRUE.
 */
enum Truth {

	TRUE, FALSE, UNKNOWN;

	static Truth of(boolean value) {
		return value ? TRUE : FALSE;
	}

	Truth and(Truth other) {
		if (this == FALSE || other == FALSE) {
			return FALSE;
		}
		return (this == TRUE && other == TRUE) ? TRUE : UNKNOWN;
	}

	Truth or(Truth other) {
		if (this == TRUE || other == TRUE) {
			return TRUE;
		}
		return (this == FALSE && other == FALSE) ? FALSE : UNKNOWN;
	}

	Truth not() {
		return switch (this) {
			case TRUE -> FALSE;
			case FALSE -> TRUE;
			case UNKNOWN -> UNKNOWN;
		};
	}

}
