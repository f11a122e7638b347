/**
 * The fixed-latency upstream: answers every documented operation with its documented
 * example, after a configurable delay.
 */
@NullMarked
package org.mauticapi.bench.upstream;

import org.jspecify.annotations.NullMarked;
