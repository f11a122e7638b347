/**
 * Stages: the entities {@code /api/stages} serves, and the stage a contact is in.
 */
@NullMarked
package org.mauticapi.sandbox.stage;

import org.jspecify.annotations.NullMarked;
