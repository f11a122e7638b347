package org.mauticapi.conformance.report;

/**
 * How the selected scenarios ended.
 *
 * @param selected how many were selected
 * @param passed how many passed
 * @param failed how many failed
 * @param skipped how many were skipped (the target's version, or no data to read)
 */
public record ScenarioCounts(int selected, int passed, int failed, int skipped) {

}
