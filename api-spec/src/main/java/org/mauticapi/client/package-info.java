/**
 * The entry point to the generated Mautic Java client:
 * {@link org.mauticapi.client.MauticApiClient} sets up the generated
 * {@code org.mauticapi.spec.client} classes for a Mautic installation.
 */
@NullMarked
package org.mauticapi.client;

import org.jspecify.annotations.NullMarked;
