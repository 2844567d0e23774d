/**
 * The client API: {@link dev.dbtokens.client.TokensClient} (a principal's own tokens) and
 * {@link dev.dbtokens.client.TokenManagementClient} (every user's tokens, for admins), their blocking
 * views and builders, the models they read and write, the registries by workspace name, and the
 * credentials SPI. Everything here is public API; the machinery is in {@code dev.dbtokens.client.internal}.
 */
@NullMarked
package dev.dbtokens.client;

import org.jspecify.annotations.NullMarked;
