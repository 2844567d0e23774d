package dev.dbtokens.client.internal.wire;

import java.time.Duration;
import java.util.List;

import dev.dbtokens.client.RetrySettings;
import org.jspecify.annotations.Nullable;

/**
 * The checks of arguments both clients take, each rule once: every failure is an
 * {@link IllegalArgumentException} naming the argument and what to give instead.
 */
public final class Arguments {

	private Arguments() {
	}

	/**
	 * Checks a token id.
	 * @param where where a valid id comes from, for the message
	 */
	public static String tokenId(@Nullable String tokenId, String where) {
		if (tokenId == null || tokenId.isBlank()) {
			throw new IllegalArgumentException("tokenId must not be null or blank: give the id from " + where);
		}
		if (tokenId.equals(".") || tokenId.equals("..")) { // a path segment that would name another endpoint
			throw new IllegalArgumentException("tokenId must not be \"" + tokenId + "\": give the id from " + where);
		}
		return tokenId;
	}

	public static RetrySettings retry(@Nullable RetrySettings retry) {
		if (retry == null) {
			throw new IllegalArgumentException("retry must not be null: use RetrySettings.defaults() or RetrySettings.noRetries()");
		}
		return retry;
	}

	/** Checks a token lifetime: {@code null} (the workspace's maximum) or a whole number of seconds, at least one. */
	public static void lifetime(@Nullable Duration lifetime) {
		if (lifetime == null) {
			return;
		}
		if (lifetime.isNegative() || lifetime.isZero() || lifetime.getSeconds() == 0) {
			throw new IllegalArgumentException(
					"lifetime must be at least one second, was " + lifetime + ": pass null for the workspace's maximum lifetime");
		}
		if (lifetime.getNano() != 0) {
			throw new IllegalArgumentException(
					"lifetime must be a whole number of seconds (Databricks takes lifetime_seconds), was " + lifetime);
		}
	}

	/** Checks and copies scopes: {@code null} stays {@code null}; no scope may be null or blank. */
	public static @Nullable List<String> scopes(@Nullable List<String> scopes) {
		if (scopes == null) {
			return null;
		}
		for (String scope : scopes) {
			if (scope == null || scope.isBlank()) {
				throw new IllegalArgumentException("scopes must not contain a null or blank scope, was " + scopes);
			}
		}
		return List.copyOf(scopes);
	}

}
