/**
 * Segments: CRUD with the filter model, membership by filters and by hand, and the lists.
 */
@NullMarked
package org.mauticapi.sandbox.segment;

import org.jspecify.annotations.NullMarked;
