package dev.dbtokens.client.internal.call;

import java.time.Duration;

/**
 * Arithmetic on the durations of retry settings, which may be as long as {@link Duration} allows.
 */
public final class Durations {

	private Durations() {
	}

	/**
	 * Returns a duration in nanoseconds, or {@link Long#MAX_VALUE} when it is longer than a
	 * {@code long} of nanoseconds holds (about 292 years), instead of overflowing.
	 * @param duration a duration that is not negative
	 * @return its nanoseconds, saturated
	 */
	public static long saturatedNanos(Duration duration) {
		return (duration.getSeconds() >= Long.MAX_VALUE / 1_000_000_000L) ? Long.MAX_VALUE : duration.toNanos();
	}

}
