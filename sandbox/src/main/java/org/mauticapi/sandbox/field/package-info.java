/**
 * Contact and company field definitions (Mautic's {@code lead_fields} table) and how
 * values of each type are validated, stored and shown.
 */
@NullMarked
package org.mauticapi.sandbox.field;

import org.jspecify.annotations.NullMarked;
