/**
 * Cucumber step definitions and hooks: the data a scenario finds or creates, its one
 * call, checks of the answer, and reads that prove a write's effect. Pico-container
 * creates the classes per scenario and injects
 * {@link org.mauticapi.conformance.glue.RunScope}.
 */
@NullMarked
package org.mauticapi.conformance.glue;

import org.jspecify.annotations.NullMarked;
