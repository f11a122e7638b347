/**
 * The sandbox's configuration properties.
 */
@NullMarked
package org.mauticapi.sandbox.config;

import org.jspecify.annotations.NullMarked;
