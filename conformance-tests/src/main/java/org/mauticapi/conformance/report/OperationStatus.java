package org.mauticapi.conformance.report;

/** How one documented operation fared in a run. */
public enum OperationStatus {

	/** Every scenario that called it passed. */
	PASSED("passed"),

	/** A scenario failed on its answer. */
	FAILED("failed"),

	/** No selected scenario called it (or those that would have were skipped). */
	NOT_EXERCISED("not-exercised");

	private final String label;

	OperationStatus(String label) {
		this.label = label;
	}

	/**
	 * The name used in {@code coverage.json}.
	 * @return e.g. {@code not-exercised}
	 */
	public String label() {
		return this.label;
	}

}
