/**
 * Spring Boot auto-configuration of the {@link dev.dbtokens.client.TokensClient}.
 */
@NullMarked
package dev.dbtokens.client.autoconfigure;

import org.jspecify.annotations.NullMarked;
