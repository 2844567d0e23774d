package dev.dbtokens.client.internal.wire;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The body of {@code token/delete}.
 */
public record DeleteTokenRequestBody(@JsonProperty("token_id") String tokenId) {
}
