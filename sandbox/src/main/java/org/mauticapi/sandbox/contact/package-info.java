/**
 * Contacts: the store, how payloads change them (Mautic's create, edit, replace and merge
 * rules), and how they are serialised in each of Mautic's shapes.
 */
@NullMarked
package org.mauticapi.sandbox.contact;

import org.jspecify.annotations.NullMarked;
