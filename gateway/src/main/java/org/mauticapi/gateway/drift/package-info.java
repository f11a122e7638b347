/**
 * The drift sentinel: Mautic's answers checked against the contract beside the requests'
 * way, counted per operation and listed at {@code /actuator/drift}.
 */
@NullMarked
package org.mauticapi.gateway.drift;

import org.jspecify.annotations.NullMarked;
