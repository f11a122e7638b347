/**
 * Reports: console progress and summary, and the coverage matrix of the 43 documented
 * operations (JSON and HTML).
 */
@NullMarked
package org.mauticapi.conformance.report;

import org.jspecify.annotations.NullMarked;
