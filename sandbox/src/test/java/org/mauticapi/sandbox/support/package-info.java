/**
 * Fixtures the sandbox's tests share.
 */
@NullMarked
package org.mauticapi.sandbox.support;

import org.jspecify.annotations.NullMarked;
