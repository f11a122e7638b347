/**
 * The REST surface, {@code /api/...}: every documented operation, checked against the
 * contract and forwarded to its upstream byte for byte.
 */
@NullMarked
package org.mauticapi.gateway.rest;

import org.jspecify.annotations.NullMarked;
