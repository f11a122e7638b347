/**
 * The figures of a run, and their Markdown table and JSON file.
 */
@NullMarked
package org.mauticapi.bench.report;

import org.jspecify.annotations.NullMarked;
