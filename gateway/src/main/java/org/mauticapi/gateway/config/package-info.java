/**
 * The gateway's configuration, {@code mautic.*}: upstreams, their authentication, and the
 * bounds of every call.
 */
@NullMarked
package org.mauticapi.gateway.config;

import org.jspecify.annotations.NullMarked;
