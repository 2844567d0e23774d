package dev.dbtokens.client.internal.call;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;

/**
 * Reads a {@code Retry-After} header: a number of seconds or an HTTP date (RFC 9110 §10.2.3).
 */
public final class RetryAfter {

	private RetryAfter() {
	}

	/**
	 * Returns the wait asked for, never negative, or {@code null} when the header is absent or
	 * unreadable (then the normal backoff applies).
	 */
	public static @Nullable Duration parse(@Nullable String header, Instant now) {
		if (header == null || header.isBlank()) {
			return null;
		}
		String value = header.strip();
		if (value.chars().allMatch(Character::isDigit)) {
			try {
				return Duration.ofSeconds(Long.parseLong(value));
			}
			catch (NumberFormatException ex) {
				// More seconds than a long holds: the longest wait there is, which the settings' maxRetryAfter
				// shortens like any long wait (RFC 9111 reads an overflowing delta-seconds the same way).
				return Duration.ofSeconds(Long.MAX_VALUE);
			}
		}
		try {
			Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
			return at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
