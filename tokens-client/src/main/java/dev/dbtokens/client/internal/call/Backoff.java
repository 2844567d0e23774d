package dev.dbtokens.client.internal.call;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

import dev.dbtokens.client.RetrySettings;
import org.jspecify.annotations.Nullable;

/**
 * The wait before a retry: the server's {@code Retry-After} when it gave one (capped by
 * {@link RetrySettings#maxRetryAfter()}), else exponential backoff with "equal jitter": half of
 * {@code initialBackoff × 2^retry} plus a random part of the other half, capped by
 * {@link RetrySettings#maxBackoff()}. Reactor's {@code Retry.backoff} computes a similar curve but
 * cannot take a per-failure delay, so the curve is computed here and the waiting is left to
 * Reactor's {@code Mono.delay}.
 */
public final class Backoff {

	private final DoubleSupplier random;

	public Backoff() {
		this(() -> ThreadLocalRandom.current().nextDouble());
	}

	public Backoff(DoubleSupplier random) {
		this.random = random;
	}

	/**
	 * Returns the wait before retry number {@code retry} (0 for the first retry).
	 */
	public Duration delay(RetrySettings settings, long retry, @Nullable Duration retryAfter) {
		if (retryAfter != null) {
			return min(retryAfter, settings.maxRetryAfter());
		}
		// In floating point, so that no doubling overflows; the cap keeps it within a long.
		double doubled = Durations.saturatedNanos(settings.initialBackoff()) * Math.scalb(1.0, (int) Math.min(retry, 1000));
		long exponential = (long) Math.min(Durations.saturatedNanos(settings.maxBackoff()), doubled);
		long half = exponential / 2;
		return Duration.ofNanos(half + (long) (this.random.getAsDouble() * (exponential - half)));
	}

	private static Duration min(Duration a, Duration b) {
		return (a.compareTo(b) <= 0) ? a : b;
	}

}
