/**
 * The REST controllers: the generated server interfaces of the contract, each method
 * handing over to a feature service. Bodies arrive and leave as JSON trees, so that the
 * sandbox answers Mautic's exact shapes.
 */
@NullMarked
package org.mauticapi.sandbox.api;

import org.jspecify.annotations.NullMarked;
