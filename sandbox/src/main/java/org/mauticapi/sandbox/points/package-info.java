/**
 * Contact points: plus and minus (and Mautic's undocumented times and divide) with an
 * event name, as Mautic changes them, and the handling of non-integer point values in the
 * path.
 */
@NullMarked
package org.mauticapi.sandbox.points;

import org.jspecify.annotations.NullMarked;
