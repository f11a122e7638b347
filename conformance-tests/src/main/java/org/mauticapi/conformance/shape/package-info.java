/**
 * Whether an answer has the shape the contract gives it: a declared status, JSON as
 * Mautic labels it, the spec's schema, and values in the formats Mautic sends (dates,
 * ids, booleans).
 */
@NullMarked
package org.mauticapi.conformance.shape;

import org.jspecify.annotations.NullMarked;
