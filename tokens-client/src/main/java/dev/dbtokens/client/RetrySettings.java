package dev.dbtokens.client;

import java.time.Duration;

/**
 * How a {@link TokensClient} retries a call and how long a call may take. Immutable: the
 * {@code with…} methods return a copy. Which failures are retried is fixed per operation (a
 * {@code token/create} is retried only when the server provably did not act); these settings say
 * how often and how patiently.
 *
 * @param maxAttempts attempts per call, the first included: {@code 1} means no retries,
 * {@link Integer#MAX_VALUE} retries until the {@code timeout}
 * @param initialBackoff wait before the first retry; each further retry waits twice as long, with
 * jitter, up to {@code maxBackoff}
 * @param maxBackoff longest wait between two attempts (caps every wait, the first included)
 * @param maxRetryAfter longest wait a server may ask for with {@code Retry-After}; a longer request
 * is shortened to this
 * @param timeout deadline of one call, every attempt, wait and rate-limit permit included
 */
public record RetrySettings(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration maxRetryAfter,
		Duration timeout) {

	private static final RetrySettings DEFAULTS = new RetrySettings(4, Duration.ofMillis(500), Duration.ofSeconds(30),
			Duration.ofSeconds(60), Duration.ofMinutes(5));

	/**
	 * Checks the settings.
	 * @throws IllegalArgumentException when {@code maxAttempts} is below one, a wait is negative or
	 * missing, {@code initialBackoff} exceeds {@code maxBackoff}, or the timeout is not positive
	 */
	public RetrySettings {
		if (maxAttempts < 1) {
			throw new InvalidSettingException("maxAttempts", "must be at least 1 (1 = no retries), was " + maxAttempts);
		}
		notNegative("initialBackoff", initialBackoff);
		notNegative("maxBackoff", maxBackoff);
		notNegative("maxRetryAfter", maxRetryAfter);
		if (initialBackoff.compareTo(maxBackoff) > 0) {
			throw new InvalidSettingException("initialBackoff", "must not exceed maxBackoff (" + maxBackoff + "), was " + initialBackoff);
		}
		if (timeout == null || timeout.isZero() || timeout.isNegative()) {
			throw new InvalidSettingException("timeout", "must be a positive duration, was " + timeout);
		}
	}

	/**
	 * Returns the defaults: 4 attempts, backoff from 500 ms up to 30 s, {@code Retry-After} honoured up
	 * to 60 s, 5 minutes per call.
	 * @return the default settings
	 */
	public static RetrySettings defaults() {
		return DEFAULTS;
	}

	/**
	 * Returns the defaults with a single attempt: failures surface at once.
	 * @return settings that never retry
	 */
	public static RetrySettings noRetries() {
		return DEFAULTS.withMaxAttempts(1);
	}

	/**
	 * Returns a copy with another number of attempts.
	 * @param maxAttempts attempts per call, the first included; {@code 1} means no retries
	 * @return the copy
	 */
	public RetrySettings withMaxAttempts(int maxAttempts) {
		return new RetrySettings(maxAttempts, this.initialBackoff, this.maxBackoff, this.maxRetryAfter, this.timeout);
	}

	/**
	 * Returns a copy with another first wait.
	 * @param initialBackoff wait before the first retry
	 * @return the copy
	 */
	public RetrySettings withInitialBackoff(Duration initialBackoff) {
		return new RetrySettings(this.maxAttempts, initialBackoff, this.maxBackoff, this.maxRetryAfter, this.timeout);
	}

	/**
	 * Returns a copy with another longest wait between attempts.
	 * @param maxBackoff longest wait between two attempts
	 * @return the copy
	 */
	public RetrySettings withMaxBackoff(Duration maxBackoff) {
		return new RetrySettings(this.maxAttempts, this.initialBackoff, maxBackoff, this.maxRetryAfter, this.timeout);
	}

	/**
	 * Returns a copy with another cap on {@code Retry-After}.
	 * @param maxRetryAfter longest wait a server may ask for
	 * @return the copy
	 */
	public RetrySettings withMaxRetryAfter(Duration maxRetryAfter) {
		return new RetrySettings(this.maxAttempts, this.initialBackoff, this.maxBackoff, maxRetryAfter, this.timeout);
	}

	/**
	 * Returns a copy with another deadline per call.
	 * @param timeout deadline of one call, all attempts and waits included
	 * @return the copy
	 */
	public RetrySettings withTimeout(Duration timeout) {
		return new RetrySettings(this.maxAttempts, this.initialBackoff, this.maxBackoff, this.maxRetryAfter, timeout);
	}

	private static void notNegative(String name, Duration value) {
		if (value == null || value.isNegative()) {
			throw new InvalidSettingException(name, "must be zero or a positive duration, was " + value);
		}
	}

}
