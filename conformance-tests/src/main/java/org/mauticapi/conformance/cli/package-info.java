/**
 * The command line: options, environment variables, help text and exit codes.
 */
@NullMarked
package org.mauticapi.conformance.cli;

import org.jspecify.annotations.NullMarked;
