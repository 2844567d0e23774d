package dev.dbtokens.sample;

import java.time.Duration;

/**
 * Settings of the janitor that revokes old tokens, under {@code sample.janitor}.
 */
public class JanitorProperties {

	/**
	 * Whether to revoke, at a fixed interval, the tokens whose comment starts with the prefix
	 * and that are older than the maximum age.
	 */
	private boolean enabled;

	/**
	 * Comment prefix that marks the tokens the janitor may revoke.
	 */
	private String commentPrefix = "sample-";

	/**
	 * Age past which a marked token is revoked, counted from its creation time.
	 */
	private Duration maxAge = Duration.ofHours(1);

	/**
	 * Time between two sweeps; the first sweep runs one interval after start.
	 */
	private Duration interval = Duration.ofMinutes(10);

	/**
	 * Returns whether the janitor runs.
	 * @return whether the janitor is enabled
	 */
	public boolean isEnabled() {
		return this.enabled;
	}

	/**
	 * Sets whether the janitor runs.
	 * @param enabled whether the janitor is enabled
	 */
	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	/**
	 * Returns the comment prefix of the tokens the janitor may revoke.
	 * @return the prefix
	 */
	public String getCommentPrefix() {
		return this.commentPrefix;
	}

	/**
	 * Sets the comment prefix of the tokens the janitor may revoke.
	 * @param commentPrefix the prefix, not blank
	 */
	public void setCommentPrefix(String commentPrefix) {
		if (commentPrefix == null || commentPrefix.isBlank()) {
			throw new IllegalArgumentException("sample.janitor.comment-prefix must not be blank: it would match every token");
		}
		this.commentPrefix = commentPrefix;
	}

	/**
	 * Returns the age past which a marked token is revoked.
	 * @return the maximum age
	 */
	public Duration getMaxAge() {
		return this.maxAge;
	}

	/**
	 * Sets the age past which a marked token is revoked.
	 * @param maxAge the maximum age, not negative
	 */
	public void setMaxAge(Duration maxAge) {
		if (maxAge.isNegative()) {
			throw new IllegalArgumentException("sample.janitor.max-age must not be negative, was " + maxAge);
		}
		this.maxAge = maxAge;
	}

	/**
	 * Returns the time between two sweeps.
	 * @return the interval
	 */
	public Duration getInterval() {
		return this.interval;
	}

	/**
	 * Sets the time between two sweeps.
	 * @param interval the interval, positive
	 */
	public void setInterval(Duration interval) {
		if (interval.isNegative() || interval.isZero()) {
			throw new IllegalArgumentException("sample.janitor.interval must be positive, was " + interval);
		}
		this.interval = interval;
	}

}
