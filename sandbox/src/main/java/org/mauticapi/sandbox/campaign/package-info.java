/**
 * Campaigns and their members: memberships per contact and the setup endpoints.
 */
@NullMarked
package org.mauticapi.sandbox.campaign;

import org.jspecify.annotations.NullMarked;
