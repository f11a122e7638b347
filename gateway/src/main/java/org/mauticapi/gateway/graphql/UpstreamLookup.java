package org.mauticapi.gateway.graphql;

/**
 * One GET of the contract, the key of the per-request DataLoader: two fields that need
 * the same answer share one call.
 *
 * @param operationId the operation
 * @param pathAndQuery the encoded path from {@code /api} on, with its query
 */
record UpstreamLookup(String operationId, String pathAndQuery) {
}
