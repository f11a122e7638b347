/**
 * Mautic's tracking pixel ({@code /mtracking.gif}): a visit makes an anonymous contact
 * and a page hit on its timeline.
 */
@NullMarked
package org.mauticapi.sandbox.tracking;

import org.jspecify.annotations.NullMarked;
