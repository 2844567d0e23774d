package dev.dbtokens.client.internal.wire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The part of {@code /oidc/.well-known/oauth-authorization-server} this client uses.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OAuthDiscoveryAnswer(@JsonProperty("token_endpoint") @Nullable String tokenEndpoint) {
}
