/**
 * The GraphQL API at {@code /graphql}: the schema derived from the contract, answered
 * through the same upstream calls as the REST surface.
 */
@NullMarked
package org.mauticapi.gateway.graphql;

import org.jspecify.annotations.NullMarked;
