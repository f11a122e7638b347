/**
 * The errors the gateway answers itself, always in Mautic's error envelope.
 */
@NullMarked
package org.mauticapi.gateway.error;

import org.jspecify.annotations.NullMarked;
