/**
 * The sandbox's in-memory state: one lock, id sequences per table, and the clock.
 */
@NullMarked
package org.mauticapi.sandbox.state;

import org.jspecify.annotations.NullMarked;
