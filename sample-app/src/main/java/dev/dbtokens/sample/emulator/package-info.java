/**
 * Runs the sample on an embedded Databricks emulator when no workspace is configured.
 */
@NullMarked
package dev.dbtokens.sample.emulator;

import org.jspecify.annotations.NullMarked;
