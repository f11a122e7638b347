/**
 * The spec, Swagger UI and GraphiQL, served by the gateway from the jar.
 */
@NullMarked
package org.mauticapi.gateway.docs;

import org.jspecify.annotations.NullMarked;
