/**
 * PHP's reading of request input, as the Mautic behind the gateway does it:
 * {@link PhpInputReader} reads a query string or form body into a {@link PhpArray}
 * exactly as PHP 8.2 does and reports where PHP would silently misread it;
 * {@link PhpQueryWriter} writes an array back in the one spelling PHP reads
 * unambiguously; {@link PhpJson} relates arrays to JSON trees. The gateway, its GraphQL
 * layer and the sandbox all read PHP input through this package.
 */
@NullMarked
package org.mauticapi.php;

import org.jspecify.annotations.NullMarked;
