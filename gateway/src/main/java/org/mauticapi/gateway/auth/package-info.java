/**
 * Who may call the gateway when it holds the upstream's credentials itself (service
 * mode).
 */
@NullMarked
package org.mauticapi.gateway.auth;

import org.jspecify.annotations.NullMarked;
