package dev.dbtokens.test;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A live token held by the emulator, as tests may inspect it. Carries no token value.
 *
 * @param principal the name of the token's owner
 * @param tokenId the id used by {@code token/delete}
 * @param comment the comment, or {@code null} when none was given
 * @param creationTime when the token was created, by the emulator's clock
 * @param expiryTime when the token expires, or {@code null} when it never does
 * @param scopes the scopes, empty when none were given
 */
public record EmulatedToken(String principal, String tokenId, @Nullable String comment, Instant creationTime,
		@Nullable Instant expiryTime, List<String> scopes) {

	/**
	 * Creates a token view, copying the scopes so the record stays immutable.
	 * @param principal the name of the token's owner
	 * @param tokenId the id used by {@code token/delete}
	 * @param comment the comment, or {@code null} when none was given
	 * @param creationTime when the token was created
	 * @param expiryTime when the token expires, or {@code null} when it never does
	 * @param scopes the scopes, empty when none were given
	 */
	public EmulatedToken {
		scopes = List.copyOf(scopes);
	}

	/**
	 * Whether the token never expires ({@code expiry_time} of {@code -1} on the wire).
	 * @return {@code true} when there is no expiry time
	 */
	public boolean neverExpires() {
		return this.expiryTime == null;
	}

}
