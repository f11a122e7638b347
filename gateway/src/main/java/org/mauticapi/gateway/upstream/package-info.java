/**
 * The Mautic instances behind the gateway and how they are called: non-blocking, each
 * call bounded by timeouts, retried when it is a read, counted by a circuit breaker, and
 * authenticated as configured.
 */
@NullMarked
package org.mauticapi.gateway.upstream;

import org.jspecify.annotations.NullMarked;
