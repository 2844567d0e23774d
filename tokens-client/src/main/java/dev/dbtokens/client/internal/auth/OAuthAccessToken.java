package dev.dbtokens.client.internal.auth;

import java.time.Duration;
import java.time.Instant;

import dev.dbtokens.client.internal.call.CredentialsFailureException;
import dev.dbtokens.client.internal.wire.OAuthTokenAnswer;
import org.jspecify.annotations.Nullable;

/**
 * A cached access token; its header is never printed. The lifetime the token endpoint gives is
 * taken within {@link #MIN_LIFETIME} and {@link #MAX_LIFETIME}; a token is given up
 * {@link #EARLY_EXPIRY} before it expires, or after half its life when that is shorter, so that a
 * short-lived token still serves the calls of its first half; a background refresh is due
 * {@link #REFRESH_AHEAD} before that, or halfway through its use when that is shorter.
 */
public record OAuthAccessToken(String header, Instant expiresAt, Instant refreshAt) {

	/** How long before its expiry a token is given up (Azure rejects tokens within 30 seconds of it). */
	public static final Duration EARLY_EXPIRY = Duration.ofSeconds(40);

	/** How long before it is given up a background refresh of a token starts. */
	public static final Duration REFRESH_AHEAD = Duration.ofMinutes(5);

	/** The shortest lifetime believed: an answer of 0 or less would make a token request per call. */
	public static final Duration MIN_LIFETIME = Duration.ofSeconds(10);

	/** The longest lifetime believed: ten years, far below what overflows an {@code Instant}. */
	public static final Duration MAX_LIFETIME = Duration.ofDays(3650);

	public static OAuthAccessToken of(OAuthTokenAnswer body, Instant now, String what) {
		if (body.accessToken() == null || body.accessToken().isBlank()) {
			throw new CredentialsFailureException("OAuth M2M authentication failed: " + what + " gave no access_token", 200, null);
		}
		Duration lifetime = lifetime(body.expiresIn());
		Duration usable = lifetime.minus(min(EARLY_EXPIRY, lifetime.dividedBy(2)));
		Instant expiresAt = now.plus(usable);
		return new OAuthAccessToken("Bearer " + body.accessToken(), expiresAt, expiresAt.minus(min(REFRESH_AHEAD, usable.dividedBy(2))));
	}

	public static Duration lifetime(@Nullable Long expiresIn) {
		long seconds = (expiresIn != null) ? expiresIn : 3600;
		return Duration.ofSeconds(Math.max(MIN_LIFETIME.getSeconds(), Math.min(MAX_LIFETIME.getSeconds(), seconds)));
	}

	private static Duration min(Duration a, Duration b) {
		return (a.compareTo(b) <= 0) ? a : b;
	}

	public boolean usableAt(Instant now) {
		return now.isBefore(this.expiresAt);
	}

	public boolean refreshDueAt(Instant now) {
		return !now.isBefore(this.refreshAt);
	}

	@Override
	public String toString() {
		return "OAuthAccessToken[<redacted>, expiresAt=" + this.expiresAt + ", refreshAt=" + this.refreshAt + "]";
	}

}
