/**
 * An in-memory, stateful imitation of Mautic 5.1.0's Contacts and Segments REST API: the
 * demo gateway's Mautic, the gateway tests' upstream and the conformance kit's target.
 * Start it with {@link org.mauticapi.sandbox.SandboxServer} or {@code java -jar}.
 */
@NullMarked
package org.mauticapi.sandbox;

import org.jspecify.annotations.NullMarked;
