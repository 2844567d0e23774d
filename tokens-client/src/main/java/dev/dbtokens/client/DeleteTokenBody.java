package dev.dbtokens.client;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The body of {@code token/delete}.
 */
record DeleteTokenBody(@JsonProperty("token_id") String tokenId) {
}
