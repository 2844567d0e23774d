/**
 * The HTTP side of the auto-configuration: {@code databricks.http.*}, the connection pool on
 * Reactor Netty, the proxy and the failures it causes, SSL bundles.
 */
@NullMarked
package dev.dbtokens.client.autoconfigure.http;

import org.jspecify.annotations.NullMarked;
