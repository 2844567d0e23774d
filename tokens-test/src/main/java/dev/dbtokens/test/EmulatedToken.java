package dev.dbtokens.test;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A live token held by the emulator, as tests may inspect it. Carries no token value.
 *
 * @param principal the name of the token's owner: the principal it authenticates as
 * @param tokenId the id used by {@code token/delete}
 * @param comment the comment, or {@code null} when none was given
 * @param creationTime when the token was created, by the emulator's clock
 * @param expiryTime when the token expires, or {@code null} when it never does
 * @param scopes the scopes, empty when none were given
 * @param createdBy the name of the principal who created it: the owner, or for an
 * on-behalf-of token the admin who asked for it
 * @param lastUsedDay the start (UTC) of the day the token last authenticated a request, or
 * {@code null} when it never did
 */
public record EmulatedToken(String principal, String tokenId, @Nullable String comment, Instant creationTime,
		@Nullable Instant expiryTime, List<String> scopes, String createdBy, @Nullable Instant lastUsedDay) {

	/**
	 * Creates a token view, copying the scopes so the record stays immutable.
	 * @param principal the name of the token's owner
	 * @param tokenId the id used by {@code token/delete}
	 * @param comment the comment, or {@code null} when none was given
	 * @param creationTime when the token was created
	 * @param expiryTime when the token expires, or {@code null} when it never does
	 * @param scopes the scopes, empty when none were given
	 * @param createdBy the name of the principal who created it
	 * @param lastUsedDay the day the token was last used, or {@code null}
	 */
	public EmulatedToken {
		scopes = List.copyOf(scopes);
	}

	/**
	 * Creates a view of a token its owner created and never used (the shape before the
	 * Token Management fields were added).
	 * @param principal the name of the token's owner, also its creator
	 * @param tokenId the id used by {@code token/delete}
	 * @param comment the comment, or {@code null} when none was given
	 * @param creationTime when the token was created
	 * @param expiryTime when the token expires, or {@code null} when it never does
	 * @param scopes the scopes, empty when none were given
	 */
	public EmulatedToken(String principal, String tokenId, @Nullable String comment, Instant creationTime,
			@Nullable Instant expiryTime, List<String> scopes) {
		this(principal, tokenId, comment, creationTime, expiryTime, scopes, principal, null);
	}

	/**
	 * Whether the token never expires ({@code expiry_time} of {@code -1} on the wire).
	 * @return {@code true} when there is no expiry time
	 */
	public boolean neverExpires() {
		return this.expiryTime == null;
	}

	/**
	 * Whether this is an on-behalf-of token: created by someone other than its owner.
	 * @return {@code true} when the creator is not the owner
	 */
	public boolean onBehalfOf() {
		return !this.createdBy.equals(this.principal);
	}

}
