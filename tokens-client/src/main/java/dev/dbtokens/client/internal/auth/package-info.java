/**
 * Credentials: personal access tokens and OAuth machine-to-machine, with the check of the token
 * endpoint the secret may be sent to. Internal: for the client's own packages only; users name
 * {@link dev.dbtokens.client.DatabricksCredentialsProvider}.
 */
@NullMarked
package dev.dbtokens.client.internal.auth;

import org.jspecify.annotations.NullMarked;
