/**
 * The benchmark harness: measures what the gateway costs over calling Mautic directly,
 * and reports it.
 */
@NullMarked
package org.mauticapi.bench;

import org.jspecify.annotations.NullMarked;
