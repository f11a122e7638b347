/**
 * Devices of contacts: the list per contact and the setup endpoint.
 */
@NullMarked
package org.mauticapi.sandbox.device;

import org.jspecify.annotations.NullMarked;
