/**
 * Users who can own contacts, as GET /contacts/list/owners lists them.
 */
@NullMarked
package org.mauticapi.sandbox.owner;

import org.jspecify.annotations.NullMarked;
