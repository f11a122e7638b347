/**
 * Seed data for the sandbox: scripts of Mautic API calls (the built-in demo set or a
 * user's JSON file) and the runner that plays them against the sandbox at start-up,
 * through the same code as real clients.
 */
@NullMarked
package org.mauticapi.sandbox.seed;

import org.jspecify.annotations.NullMarked;
