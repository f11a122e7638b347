/**
 * Decides whether a contact matches a segment's filters, the way Mautic's segment rebuild
 * ({@code mautic:segments:update}) does.
 */
@NullMarked
package org.mauticapi.sandbox.segment.filter;

import org.jspecify.annotations.NullMarked;
