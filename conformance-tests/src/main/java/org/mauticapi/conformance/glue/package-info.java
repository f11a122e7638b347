/**
 * Cucumber step definitions and hooks: one small vocabulary of HTTP calls, status, JSON values and schema checks.
 */
@NullMarked
package org.mauticapi.conformance.glue;

import org.jspecify.annotations.NullMarked;
