/**
 * A plain nginx reverse proxy in front of the benchmark's upstream: the comparison column
 * of the REST figures.
 */
@NullMarked
package org.mauticapi.bench.nginx;

import org.jspecify.annotations.NullMarked;
