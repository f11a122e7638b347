/**
 * The API Mautic's common controller ({@code CommonApiController}) gives every entity:
 * list, get, new, edit (PATCH, and PUT that creates), delete, and their batch forms, with
 * the batch answers keyed as PHP keys them.
 */
@NullMarked
package org.mauticapi.sandbox.entity;

import org.jspecify.annotations.NullMarked;
