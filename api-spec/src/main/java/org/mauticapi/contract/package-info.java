/**
 * Reads the Mautic API contract (the OpenAPI document shipped in this jar) and validates
 * JSON bodies against the schema it declares for an operation and status, so that every
 * module checks against the same contract.
 */
@NullMarked
package org.mauticapi.contract;

import org.jspecify.annotations.NullMarked;
