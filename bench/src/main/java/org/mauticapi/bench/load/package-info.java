/**
 * Load generation and its figures: wrk at saturation, an open-loop fixed-rate generator,
 * sequential probes.
 */
@NullMarked
package org.mauticapi.bench.load;

import org.jspecify.annotations.NullMarked;
