/**
 * Typed exceptions for the answers of the Databricks Token API.
 */
@NullMarked
package dev.dbtokens.client.error;

import org.jspecify.annotations.NullMarked;
