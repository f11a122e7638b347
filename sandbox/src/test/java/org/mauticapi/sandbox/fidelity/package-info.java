/**
 * Held-out fidelity: scenarios (create, act, read, clean up) run against a real Mautic
 * and the sandbox, compared by shape; recorded once from a real Mautic, replayed in the
 * build without one.
 */
@NullMarked
package org.mauticapi.sandbox.fidelity;

import org.jspecify.annotations.NullMarked;
