/**
 * UTM tag sets of contacts: add and remove, as Mautic records them.
 */
@NullMarked
package org.mauticapi.sandbox.utm;

import org.jspecify.annotations.NullMarked;
