/**
 * The gateway: a REST proxy over any Mautic that checks every request against the contract first.
 * {@code config} holds {@code mautic.*}; {@code web} the filters every request goes through (request id, access log,
 * upstream choice); {@code auth} the gateway API keys of service mode; {@code rest} the {@code /api} operations and
 * their contract check; {@code upstream} how a Mautic is called (timeouts, retries, circuit breaker, credentials,
 * the embedded sandbox); {@code error} the answers in Mautic's envelope; {@code health} and {@code docs} the rest.
 */
@NullMarked
package org.mauticapi.gateway;

import org.jspecify.annotations.NullMarked;
