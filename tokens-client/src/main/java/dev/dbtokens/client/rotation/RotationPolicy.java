package dev.dbtokens.client.rotation;

import java.time.Duration;

import dev.dbtokens.client.InvalidSettingException;
import org.jspecify.annotations.Nullable;

/**
 * How a {@link TokenRotation} keeps a token for one purpose.
 *
 * @param name the purpose, e.g. {@code "etl"}
 * @param commentTag the start of the comment of the rotation's tokens: each running instance
 * comments its tokens {@code <commentTag>@<instance id>}; no other token may carry it
 * @param lifetime the lifetime each new token is created with, a whole number of seconds
 * @param rotateAt the share of its lifetime a token has left when it is replaced, between 0 and 1
 * (exclusive), e.g. {@code 0.25}: a one-day token is replaced six hours before it expires
 * @param grace how long the replaced token stays valid after the new one was handed over, before it
 * is revoked; shorter than {@code lifetime × rotateAt}
 * @param checkInterval how often the tokens are checked; shorter than {@code lifetime × rotateAt},
 * so that a failed create is retried before the token expires
 */
public record RotationPolicy(String name, String commentTag, Duration lifetime, double rotateAt, Duration grace,
		Duration checkInterval) {

	/** Share of the lifetime left at which a token is replaced unless set. */
	public static final double DEFAULT_ROTATE_AT = 0.25;

	/** Grace period unless set. */
	public static final Duration DEFAULT_GRACE = Duration.ofMinutes(10);

	/** Check interval unless set. */
	public static final Duration DEFAULT_CHECK_INTERVAL = Duration.ofMinutes(1);

	/**
	 * Checks every component and how they fit together.
	 * @throws IllegalArgumentException naming the component that is wrong and why
	 */
	public RotationPolicy {
		requireText("name", name);
		requireText("commentTag", commentTag);
		if (lifetime == null || lifetime.getSeconds() < 1 || lifetime.getNano() != 0) {
			throw new InvalidSettingException("lifetime", "must be a whole number of seconds, at least one, was " + lifetime);
		}
		if (!(rotateAt > 0 && rotateAt < 1)) {
			throw new InvalidSettingException("rotateAt", "must be between 0 and 1 (exclusive), was " + rotateAt);
		}
		Duration window = window(lifetime, rotateAt);
		if (grace == null || grace.isNegative() || grace.compareTo(window) >= 0) {
			throw new InvalidSettingException("grace", "must be zero or more and shorter than lifetime × rotateAt (" + window
					+ "), or the replaced token expires before its grace ends; was " + grace);
		}
		if (checkInterval == null || checkInterval.isNegative() || checkInterval.isZero() || checkInterval.compareTo(window) >= 0) {
			throw new InvalidSettingException("checkInterval", "must be positive and shorter than lifetime × rotateAt (" + window
					+ "), or a token may expire between two checks; was " + checkInterval);
		}
	}

	/**
	 * Starts describing a policy with the defaults: comment tag {@code rotation:<name>},
	 * {@value #DEFAULT_ROTATE_AT} of the lifetime, a grace of 10 minutes, a check every minute.
	 * @param name the purpose, e.g. {@code "etl"}
	 * @param lifetime the lifetime of each token
	 * @return a builder
	 */
	public static Builder builder(String name, Duration lifetime) {
		return new Builder(name, lifetime);
	}

	/**
	 * Returns the time left in a token's life at which it is replaced: {@code lifetime × rotateAt}.
	 * @return the rotation window
	 */
	public Duration rotationWindow() {
		return window(this.lifetime, this.rotateAt);
	}

	static Duration window(Duration lifetime, double share) {
		return Duration.ofMillis((long) (lifetime.toMillis() * share));
	}

	private static void requireText(String component, @Nullable String value) {
		if (value == null || value.isBlank()) {
			throw new InvalidSettingException(component, "must not be null or blank");
		}
	}

	/**
	 * Builds a {@link RotationPolicy}; every component is checked once, by {@link #build()}.
	 */
	public static final class Builder {

		private final String name;

		private final Duration lifetime;

		private @Nullable String commentTag;

		private double rotateAt = DEFAULT_ROTATE_AT;

		private Duration grace = DEFAULT_GRACE;

		private Duration checkInterval = DEFAULT_CHECK_INTERVAL;

		private Builder(String name, Duration lifetime) {
			this.name = name;
			this.lifetime = lifetime;
		}

		/**
		 * Sets the exact comment of the rotation's tokens.
		 * @param commentTag the tag (default {@code rotation:<name>})
		 * @return this builder
		 */
		public Builder commentTag(String commentTag) {
			this.commentTag = commentTag;
			return this;
		}

		/**
		 * Sets the share of its lifetime a token has left when it is replaced.
		 * @param rotateAt between 0 and 1, exclusive (default {@value RotationPolicy#DEFAULT_ROTATE_AT})
		 * @return this builder
		 */
		public Builder rotateAt(double rotateAt) {
			this.rotateAt = rotateAt;
			return this;
		}

		/**
		 * Sets how long a replaced token stays valid after its successor was handed over.
		 * @param grace zero or more (default 10 minutes)
		 * @return this builder
		 */
		public Builder grace(Duration grace) {
			this.grace = grace;
			return this;
		}

		/**
		 * Sets how often the tokens are checked.
		 * @param checkInterval a positive duration (default one minute)
		 * @return this builder
		 */
		public Builder checkInterval(Duration checkInterval) {
			this.checkInterval = checkInterval;
			return this;
		}

		/**
		 * Builds the policy.
		 * @return the policy
		 * @throws IllegalArgumentException naming the component that is wrong and why
		 */
		public RotationPolicy build() {
			String tag = (this.commentTag != null) ? this.commentTag : "rotation:" + this.name;
			return new RotationPolicy(this.name, tag, this.lifetime, this.rotateAt, this.grace, this.checkInterval);
		}

	}

}
