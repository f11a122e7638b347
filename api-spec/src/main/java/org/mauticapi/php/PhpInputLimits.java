package org.mauticapi.php;

/**
 * The php.ini settings that bound what PHP reads from a request.
 *
 * @param maxInputVars {@code max_input_vars}: PHP reads this many variables of a query
 * string or form body and drops the rest
 * @param maxInputNestingLevel {@code max_input_nesting_level}: a variable nested deeper
 * is dropped, with everything earlier pairs put under the same top-level name
 */
public record PhpInputLimits(int maxInputVars, int maxInputNestingLevel) {

	/** PHP's defaults, which a stock Mautic runs with. */
	public static final PhpInputLimits DEFAULTS = new PhpInputLimits(1000, 64);

	public PhpInputLimits {
		if (maxInputVars < 1 || maxInputNestingLevel < 1) {
			throw new IllegalArgumentException(
					"PHP input limits must be positive: " + maxInputVars + ", " + maxInputNestingLevel);
		}
	}

}
