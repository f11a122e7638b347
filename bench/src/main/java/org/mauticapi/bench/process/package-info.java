/**
 * Starting, watching and stopping the processes a benchmark run needs: upstreams,
 * gateways.
 */
@NullMarked
package org.mauticapi.bench.process;

import org.jspecify.annotations.NullMarked;
