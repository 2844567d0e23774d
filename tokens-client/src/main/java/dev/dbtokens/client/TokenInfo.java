package dev.dbtokens.client;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.dbtokens.client.internal.wire.WireValues;
import org.jspecify.annotations.Nullable;

/**
 * A token as a workspace admin sees it through the Token Management API: the public information
 * plus who created it, whom it authenticates as and when it was last used; never its value. Times
 * are converted from the wire's epoch milliseconds once, here; int64 ids arrive as JSON numbers or
 * decimal strings.
 * <p>
 * As JSON it is read in the wire form ({@code token_id}, {@code created_by_id}, epoch
 * milliseconds) and written with the Java names ({@code tokenId}, ISO-8601 times).
 *
 * @param tokenId the id, used to get, update and revoke the token
 * @param comment the free text given at creation, or {@code null}
 * @param creationTime when the token was created, or {@code null} when the server did not say
 * @param expiryTime when the token expires, or {@code null} when it never expires (wire value -1)
 * @param createdById the id of the user who created the token, or {@code 0} when the server did not say
 * @param createdByUsername the user name of the creator, or {@code null}
 * @param ownerId the id of the user or service principal the token authenticates as (for an
 * on-behalf-of token, the service principal, while the creator is the admin), or {@code 0}
 * @param workspaceId the id of the workspace the token was created in, or {@code 0}
 * @param lastUsedDay the day the token was last used (the start of that day: the service keeps day
 * granularity), or {@code null} when it was never used
 * @param scopes the token's scopes; empty when none were given
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({ "tokenId", "comment", "creationTime", "expiryTime", "createdById", "createdByUsername", "ownerId",
		"workspaceId", "lastUsedDay", "scopes" })
public record TokenInfo(@JsonProperty("tokenId") String tokenId, @JsonProperty("comment") @Nullable String comment,
		@JsonProperty("creationTime") @Nullable Instant creationTime, @JsonProperty("expiryTime") @Nullable Instant expiryTime,
		@JsonProperty("createdById") long createdById, @JsonProperty("createdByUsername") @Nullable String createdByUsername,
		@JsonProperty("ownerId") long ownerId, @JsonProperty("workspaceId") long workspaceId,
		@JsonProperty("lastUsedDay") @Nullable Instant lastUsedDay, @JsonProperty("scopes") List<String> scopes) {

	/**
	 * Checks the id and copies the scopes.
	 * @throws IllegalArgumentException when the id is missing
	 */
	public TokenInfo {
		if (tokenId == null || tokenId.isEmpty()) {
			throw new IllegalArgumentException("token_id is missing");
		}
		scopes = (scopes != null) ? List.copyOf(scopes) : List.of();
	}

	/**
	 * Whether the token has expired at the given instant; a token without expiry never has.
	 * @param now the instant to compare with
	 * @return {@code true} when the expiry time is at or before {@code now}
	 */
	public boolean isExpiredAt(Instant now) {
		return this.expiryTime != null && !this.expiryTime.isAfter(now);
	}

	/**
	 * Returns the public part, as the Token API of the owner would list it.
	 * @return the id, comment, times and scopes
	 */
	public PublicTokenInfo toPublicTokenInfo() {
		return new PublicTokenInfo(this.tokenId, this.comment, this.creationTime, this.expiryTime, this.scopes);
	}

	/**
	 * Reads the wire form, for Jackson and the client's answer records: times in epoch
	 * milliseconds ({@code -1} or {@code 0} for none) become {@link Instant}s.
	 * @return the token, as read from the wire
	 */
	@JsonCreator
	public static TokenInfo fromWire(@JsonProperty("token_id") String tokenId, @JsonProperty("comment") @Nullable String comment,
			@JsonProperty("creation_time") @Nullable Object creationTime, @JsonProperty("expiry_time") @Nullable Object expiryTime,
			@JsonProperty("created_by_id") @Nullable Object createdById,
			@JsonProperty("created_by_username") @Nullable String createdByUsername,
			@JsonProperty("owner_id") @Nullable Object ownerId, @JsonProperty("workspace_id") @Nullable Object workspaceId,
			@JsonProperty("last_used_day") @Nullable Object lastUsedDay, @JsonProperty("scopes") @Nullable List<String> scopes) {
		Long lastUsed = WireValues.int64("last_used_day", lastUsedDay);
		return new TokenInfo(tokenId, comment, WireValues.instant("creation_time", creationTime),
				WireValues.instant("expiry_time", expiryTime), id("created_by_id", createdById), createdByUsername,
				id("owner_id", ownerId), id("workspace_id", workspaceId),
				(lastUsed != null && lastUsed > 0) ? Instant.ofEpochMilli(lastUsed) : null, WireValues.withoutNulls(scopes));
	}

	private static long id(String field, @Nullable Object value) {
		Long id = WireValues.int64(field, value);
		return (id != null) ? id : 0;
	}

	/** Shows what came from the server escaped ({@link LogText}), so that logging this cannot forge log lines. */
	@Override
	public String toString() {
		return "TokenInfo[tokenId=" + LogText.of(this.tokenId) + ", comment=" + ((this.comment != null) ? LogText.of(this.comment) : null)
				+ ", creationTime=" + this.creationTime + ", expiryTime=" + this.expiryTime + ", createdById=" + this.createdById
				+ ", createdByUsername=" + ((this.createdByUsername != null) ? LogText.of(this.createdByUsername) : null) + ", ownerId="
				+ this.ownerId + ", workspaceId=" + this.workspaceId + ", lastUsedDay=" + this.lastUsedDay + ", scopes="
				+ LogText.of(String.valueOf(this.scopes)) + "]";
	}

}
