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
 * Public information about a token; never its value. Times are converted from the wire's epoch
 * milliseconds once, here.
 * <p>
 * As JSON it is read in the wire form ({@code token_id}, epoch milliseconds) and written with the
 * Java names ({@code tokenId}, ISO-8601 times), so that an application can return it from its own
 * controllers like any other record.
 *
 * @param tokenId the id, used to revoke the token
 * @param comment the free text given at creation, or {@code null}
 * @param creationTime when the token was created, or {@code null} when the server did not say
 * @param expiryTime when the token expires, or {@code null} when it never expires (wire value -1)
 * @param scopes the token's scopes; empty when none were given
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({ "tokenId", "comment", "creationTime", "expiryTime", "scopes" })
public record PublicTokenInfo(@JsonProperty("tokenId") String tokenId, @JsonProperty("comment") @Nullable String comment,
		@JsonProperty("creationTime") @Nullable Instant creationTime, @JsonProperty("expiryTime") @Nullable Instant expiryTime,
		@JsonProperty("scopes") List<String> scopes) {

	/**
	 * Checks the id and copies the scopes.
	 * @throws IllegalArgumentException when the id is missing
	 */
	public PublicTokenInfo {
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
	 * Reads the wire form, for Jackson and the client's answer records: times in epoch
	 * milliseconds ({@code -1} or {@code 0} for none) become {@link Instant}s.
	 * @return the token, as read from the wire
	 */
	@JsonCreator
	public static PublicTokenInfo fromWire(@JsonProperty("token_id") String tokenId, @JsonProperty("comment") @Nullable String comment,
			@JsonProperty("creation_time") @Nullable Object creationTime, @JsonProperty("expiry_time") @Nullable Object expiryTime,
			@JsonProperty("scopes") @Nullable List<String> scopes) {
		return new PublicTokenInfo(tokenId, comment, WireValues.instant("creation_time", creationTime),
				WireValues.instant("expiry_time", expiryTime), WireValues.withoutNulls(scopes));
	}

	/** Shows what came from the server escaped ({@link LogText}), so that logging this cannot forge log lines. */
	@Override
	public String toString() {
		return "PublicTokenInfo[tokenId=" + LogText.of(this.tokenId) + ", comment=" + ((this.comment != null) ? LogText.of(this.comment) : null)
				+ ", creationTime=" + this.creationTime + ", expiryTime=" + this.expiryTime + ", scopes=" + LogText.of(String.valueOf(this.scopes))
				+ "]";
	}

}
