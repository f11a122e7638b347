/**
 * HTTP exchanges with the target through rest-assured, with HTTP Basic or OAuth2 client
 * credentials.
 */
@NullMarked
package org.mauticapi.conformance.http;

import org.jspecify.annotations.NullMarked;
