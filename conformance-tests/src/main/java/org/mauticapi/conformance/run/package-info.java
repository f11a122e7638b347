/**
 * One run of the kit against one target: its settings, its marker, the target's version
 * and the JUnit Platform launch.
 */
@NullMarked
package org.mauticapi.conformance.run;

import org.jspecify.annotations.NullMarked;
