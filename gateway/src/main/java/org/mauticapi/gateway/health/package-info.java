/**
 * The gateway's health as actuator reports it, with each upstream's reachability.
 */
@NullMarked
package org.mauticapi.gateway.health;

import org.jspecify.annotations.NullMarked;
