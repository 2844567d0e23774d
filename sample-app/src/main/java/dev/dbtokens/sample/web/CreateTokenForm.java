package dev.dbtokens.sample.web;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /tokens}.
 *
 * @param comment free text that tags the token, or {@code null}
 * @param lifetimeSeconds how long the token is valid in seconds, or {@code null} for the
 * workspace's maximum
 */
record CreateTokenForm(@Nullable String comment, @Nullable Long lifetimeSeconds) {

	/**
	 * Returns the lifetime to ask for.
	 * @throws InvalidTokenRequestException when {@code lifetimeSeconds} is zero or negative
	 */
	@Nullable Duration lifetime() {
		if (this.lifetimeSeconds == null) {
			return null;
		}
		if (this.lifetimeSeconds <= 0) {
			throw new InvalidTokenRequestException(
					"lifetimeSeconds must be positive, was " + this.lifetimeSeconds + "; leave it out for the workspace's maximum lifetime");
		}
		return Duration.ofSeconds(this.lifetimeSeconds);
	}

}
