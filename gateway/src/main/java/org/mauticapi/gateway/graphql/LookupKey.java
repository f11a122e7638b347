package org.mauticapi.gateway.graphql;

import org.mauticapi.gateway.graphql.schema.FieldBinding.BatchedLookup;

/**
 * One object to look up by id, the key of the per-request lookup DataLoader: the same id
 * through the same lookup is looked up once, and the ids of one lookup are looked up
 * together.
 *
 * @param lookup how the object is found
 * @param id its id
 */
record LookupKey(BatchedLookup lookup, String id) {
}
