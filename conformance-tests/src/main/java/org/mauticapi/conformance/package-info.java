/**
 * The Mautic conformance kit: runs the Gherkin features against a Mautic (or anything
 * claiming to be one) and reports, operation by operation, where it deviates from the
 * contract.
 */
@NullMarked
package org.mauticapi.conformance;

import org.jspecify.annotations.NullMarked;
