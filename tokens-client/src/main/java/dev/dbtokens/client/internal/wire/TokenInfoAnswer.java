package dev.dbtokens.client.internal.wire;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.dbtokens.client.TokenInfo;
import org.jspecify.annotations.Nullable;

/**
 * An answer that carries one token, or none: {@code GET token-management/tokens/{id}} answers
 * {@code {"token_info": TokenInfo}}; {@code PATCH} of the same path answers the {@code TokenInfo}
 * itself (the SDKs' models), and the client also takes {@code {"token_info": …}} or {@code {}}
 * there, as the Token API's own PATCH turned out to answer {@code {}}.
 *
 * @param token the token the answer carries, or {@code null}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TokenInfoAnswer(@Nullable TokenInfo token) {

	@JsonCreator
	public static TokenInfoAnswer fromWire(@JsonProperty("token_info") @Nullable TokenInfo wrapped,
			@JsonProperty("token_id") @Nullable String tokenId, @JsonProperty("comment") @Nullable String comment,
			@JsonProperty("creation_time") @Nullable Object creationTime, @JsonProperty("expiry_time") @Nullable Object expiryTime,
			@JsonProperty("created_by_id") @Nullable Object createdById,
			@JsonProperty("created_by_username") @Nullable String createdByUsername,
			@JsonProperty("owner_id") @Nullable Object ownerId, @JsonProperty("workspace_id") @Nullable Object workspaceId,
			@JsonProperty("last_used_day") @Nullable Object lastUsedDay, @JsonProperty("scopes") @Nullable List<String> scopes) {
		if (wrapped != null) {
			return new TokenInfoAnswer(wrapped);
		}
		return new TokenInfoAnswer((tokenId != null) ? TokenInfo.fromWire(tokenId, comment, creationTime, expiryTime, createdById,
				createdByUsername, ownerId, workspaceId, lastUsedDay, scopes) : null);
	}

}
