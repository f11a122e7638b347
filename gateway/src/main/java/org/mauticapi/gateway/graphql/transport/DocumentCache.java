package org.mauticapi.gateway.graphql.transport;

import java.util.LinkedHashMap;
import java.util.Map;

import graphql.execution.preparsed.PreparsedDocumentEntry;
import org.jspecify.annotations.Nullable;

/**
 * Parsed and validated documents by the SHA-256 of their text, the least recently used
 * dropped beyond the size, so that neither a flood of distinct queries nor of hashes can
 * grow it.
 */
final class DocumentCache {

	private final Map<String, PreparsedDocumentEntry> entries;

	DocumentCache(int size) {
		this.entries = new LinkedHashMap<>(16, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<String, PreparsedDocumentEntry> eldest) {
				return size() > size;
			}

		};
	}

	synchronized @Nullable PreparsedDocumentEntry get(String hash) {
		return this.entries.get(hash);
	}

	synchronized void put(String hash, PreparsedDocumentEntry entry) {
		this.entries.put(hash, entry);
	}

}
