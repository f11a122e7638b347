/**
 * Mautic's error envelope and how the sandbox answers errors: always {@code {"errors":
 * [...]}}, never a stack trace.
 */
@NullMarked
package org.mauticapi.sandbox.error;

import org.jspecify.annotations.NullMarked;
