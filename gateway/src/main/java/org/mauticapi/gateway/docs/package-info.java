/**
 * The spec and Swagger UI, served by the gateway.
 */
@NullMarked
package org.mauticapi.gateway.docs;

import org.jspecify.annotations.NullMarked;
