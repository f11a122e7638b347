/**
 * Companies and their contacts: the raw rows per contact and the setup endpoints.
 */
@NullMarked
package org.mauticapi.sandbox.company;

import org.jspecify.annotations.NullMarked;
