/**
 * Client for the Databricks Token API: create, list and revoke personal access tokens.
 */
@NullMarked
package dev.dbtokens.client;

import org.jspecify.annotations.NullMarked;
