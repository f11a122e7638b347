/**
 * Selection, order and paging of Mautic's contact and segment lists
 * ({@code GET /api/contacts}, {@code GET /api/segments}) over in-memory data, reproducing
 * Mautic 5.1.0's search commands, {@code where} clauses and their quirks.
 */
@NullMarked
package org.mauticapi.sandbox.search;

import org.jspecify.annotations.NullMarked;
