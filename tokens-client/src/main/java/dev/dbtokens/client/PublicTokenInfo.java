package dev.dbtokens.client;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
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

	@JsonCreator
	static PublicTokenInfo fromWire(@JsonProperty("token_id") String tokenId, @JsonProperty("comment") @Nullable String comment,
			@JsonProperty("creation_time") @Nullable Object creationTime, @JsonProperty("expiry_time") @Nullable Object expiryTime,
			@JsonProperty("scopes") @Nullable List<String> scopes) {
		return new PublicTokenInfo(tokenId, comment, instant("creation_time", creationTime),
				instant("expiry_time", expiryTime), withoutNulls(scopes));
	}

	/**
	 * Reads an int64 epoch-milliseconds field sent as a JSON number or a decimal string; negative
	 * values (the wire's -1) mean "never".
	 */
	private static @Nullable Instant instant(String field, @Nullable Object value) {
		if (value == null) {
			return null;
		}
		long millis;
		if (value instanceof Number number) {
			millis = number.longValue();
		}
		else if (value instanceof String text && !text.isBlank()) {
			try {
				millis = Long.parseLong(text.trim());
			}
			catch (NumberFormatException ex) {
				throw new IllegalArgumentException(field + " is not an integer: \"" + text + "\"");
			}
		}
		else {
			throw new IllegalArgumentException(field + " is not an integer");
		}
		return (millis < 0) ? null : Instant.ofEpochMilli(millis);
	}

	private static @Nullable List<String> withoutNulls(@Nullable List<String> scopes) {
		if (scopes == null || !scopes.contains(null)) {
			return scopes;
		}
		List<String> copy = new ArrayList<>(scopes);
		copy.removeAll(Collections.singleton(null));
		return copy;
	}

}
