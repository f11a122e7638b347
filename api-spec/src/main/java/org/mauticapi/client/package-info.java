/**
 * The entry point to the generated Mautic Java client: {@link org.mauticapi.client.MauticApiClient} sets up the
 * generated {@code org.mauticapi.spec.client} classes for a Mautic installation.
 */
package org.mauticapi.client;
