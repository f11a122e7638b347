/**
 * Derives the GraphQL schema from the contract and the declared mapping beside it.
 */
@NullMarked
package org.mauticapi.gateway.graphql.schema;

import org.jspecify.annotations.NullMarked;
