/**
 * What a run created on the target, and deleting it again: the run never touches an
 * entity without its marker.
 */
@NullMarked
package org.mauticapi.conformance.ownership;

import org.jspecify.annotations.NullMarked;
