/**
 * A Mautic that deviates one way at a time (WireMock in front of the sandbox), and the
 * catalogue of deviations the kit must catch.
 */
@NullMarked
package org.mauticapi.conformance.deviation;

import org.jspecify.annotations.NullMarked;
