package dev.dbtokens.client.autoconfigure.diagnostics;

import java.time.Duration;
import java.time.temporal.ChronoUnit;

import org.springframework.boot.convert.DurationStyle;

/**
 * Values written as a user writes them in {@code application.properties}, for the actions of a
 * failure analysis: {@code 500ms}, {@code 30s}, {@code 10m}, not {@code PT0.5S}.
 */
public final class PropertyValues {

	private PropertyValues() {
	}

	/**
	 * Returns a duration in the largest unit that holds it whole.
	 * @param duration any duration
	 * @return e.g. {@code 1m}, {@code 1d} or {@code 1500ms}
	 */
	public static String duration(Duration duration) {
		for (ChronoUnit unit : new ChronoUnit[] { ChronoUnit.DAYS, ChronoUnit.HOURS, ChronoUnit.MINUTES, ChronoUnit.SECONDS }) {
			if (!duration.isZero() && duration.toNanos() % unit.getDuration().toNanos() == 0) {
				return DurationStyle.SIMPLE.print(duration, unit);
			}
		}
		return DurationStyle.SIMPLE.print(duration, ChronoUnit.MILLIS);
	}

}
