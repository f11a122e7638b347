/**
 * Cross-cutting HTTP behaviour of the sandbox: authentication, form bodies, JSON writing
 * and headers as Mautic's.
 */
@NullMarked
package org.mauticapi.sandbox.web;

import org.jspecify.annotations.NullMarked;
