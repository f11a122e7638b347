/**
 * GraphQL over HTTP at {@code /graphql}: POST and GET, automatic persisted queries and an
 * optional allowlist, the SDL at {@code /graphql/schema.graphqls}, CORS, and
 * GraphQL-shaped answers for every request the transport refuses.
 */
@NullMarked
package org.mauticapi.gateway.graphql.transport;

import org.jspecify.annotations.NullMarked;
