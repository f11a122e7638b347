/**
 * Do-not-contact entries of contacts: add with a reason, remove, and what Mautic answers.
 */
@NullMarked
package org.mauticapi.sandbox.dnc;

import org.jspecify.annotations.NullMarked;
