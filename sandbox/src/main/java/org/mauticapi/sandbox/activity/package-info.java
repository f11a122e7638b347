/**
 * The contact activity timeline: the event log the sandbox writes as contacts change, and
 * the page that {@code GET /api/contacts/{id}/activity} and
 * {@code GET /api/contacts/activity} answer, as Mautic 5.1.0 builds it.
 */
@NullMarked
package org.mauticapi.sandbox.activity;

import org.jspecify.annotations.NullMarked;
