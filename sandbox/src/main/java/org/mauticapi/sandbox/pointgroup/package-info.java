/**
 * Point groups and contacts' scores in them (Mautic 5.1): arithmetic, listing, the setup
 * endpoint.
 */
@NullMarked
package org.mauticapi.sandbox.pointgroup;

import org.jspecify.annotations.NullMarked;
