/**
 * Notes on contacts: the list per contact and the setup endpoint.
 */
@NullMarked
package org.mauticapi.sandbox.note;

import org.jspecify.annotations.NullMarked;
