/**
 * The sample application: a token self-service web service on the Databricks Tokens starter.
 */
@NullMarked
package dev.dbtokens.sample;

import org.jspecify.annotations.NullMarked;
