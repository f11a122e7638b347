/**
 * What every request goes through first: its id, its access log line, the choice of its
 * upstream.
 */
@NullMarked
package org.mauticapi.gateway.web;

import org.jspecify.annotations.NullMarked;
