/**
 * Start-up failures of the starter: a {@code databricks.*} property that is missing or invalid,
 * and the failure analysis that names it and says what to set.
 */
@NullMarked
package dev.dbtokens.client.autoconfigure.diagnostics;

import org.jspecify.annotations.NullMarked;
