/**
 * The gateway: a REST proxy over any Mautic that checks every request against the
 * contract first, and GraphQL derived from the contract. {@code config} holds
 * {@code mautic.*}; {@code web} the filters of what Spring serves (request id, access
 * log, path spellings, upstream choice); {@code auth} the gateway API keys of service
 * mode; {@code rest} the {@code /api} pipeline on Reactor Netty, routed, read and checked
 * by the contract itself; {@code upstream} how a Mautic is called (timeouts, retries,
 * circuit breaker, credentials) and the {@code LocalMautic} SPI through which the demo
 * module offers its sandbox; {@code drift} Mautic's answers checked against the contract;
 * {@code error} the answers in Mautic's envelope; {@code graphql} with
 * {@code graphql.schema} and {@code graphql.transport} the GraphQL API; {@code health}
 * and {@code docs} the rest. The production jar holds no sandbox.
 */
@NullMarked
package org.mauticapi.gateway;

import org.jspecify.annotations.NullMarked;
