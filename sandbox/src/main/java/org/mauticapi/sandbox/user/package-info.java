/**
 * Mautic users, who own contacts: the configured admin plus those created through
 * {@code POST /api/users/new}.
 */
@NullMarked
package org.mauticapi.sandbox.user;

import org.jspecify.annotations.NullMarked;
