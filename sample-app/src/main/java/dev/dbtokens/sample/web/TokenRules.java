package dev.dbtokens.sample.web;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;

import dev.dbtokens.sample.LogText;
import dev.dbtokens.sample.SampleProperties;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The input rules for a new token, the same for the page and the JSON API: a lifetime of whole
 * seconds between 1 and {@code sample.tokens.max-lifetime} (left out: the maximum), a comment of at
 * most {@value #MAX_COMMENT_LENGTH} characters without control characters. Each refusal says what
 * to change, in the words of the caller: the JSON field names for the API, the form's labels for
 * the page ({@link Words}).
 */
@Component
class TokenRules {

	/** Most characters a comment may have. */
	static final int MAX_COMMENT_LENGTH = 1000;

	/** Digits before the point beyond which a lifetime is refused unread: a long has 19. */
	private static final int MAX_INTEGER_DIGITS = 19;

	/** Most characters of a lifetime sent as form text (far more than any valid one needs). */
	private static final int MAX_NUMBER_LENGTH = 100;

	private final Duration maxLifetime;

	TokenRules(SampleProperties properties) {
		this.maxLifetime = properties.getTokens().getMaxLifetime();
	}

	/**
	 * Returns the longest lifetime a token may have.
	 */
	Duration maxLifetime() {
		return this.maxLifetime;
	}

	/**
	 * Checks a request for a new token.
	 * @param comment the comment, or {@code null}
	 * @param lifetimeSeconds the lifetime in seconds, or {@code null} for the maximum
	 * @return the checked request
	 * @throws InvalidTokenRequestException naming what to change
	 */
	TokenRequest check(@Nullable String comment, @Nullable BigDecimal lifetimeSeconds) {
		return check(comment, lifetimeSeconds, Words.JSON);
	}

	/**
	 * Checks a request for a new token, naming the fields in the given words.
	 * @param comment the comment, or {@code null}
	 * @param lifetimeSeconds the lifetime in seconds, or {@code null} for the maximum
	 * @param words how the refusal names the fields
	 * @return the checked request
	 * @throws InvalidTokenRequestException naming what to change
	 */
	TokenRequest check(@Nullable String comment, @Nullable BigDecimal lifetimeSeconds, Words words) {
		return new TokenRequest(comment(comment, words), lifetime(lifetimeSeconds, words));
	}

	/**
	 * Reads the lifetime the page's form sent as text; a refusal names the form's field.
	 * @param text the field's text, or {@code null} or blank for the maximum
	 * @return the number
	 * @throws InvalidTokenRequestException when it is not a number
	 */
	static @Nullable BigDecimal seconds(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		if (text.strip().length() > MAX_NUMBER_LENGTH) {
			// Reading a number of 250,000 digits, which a form may carry, takes seconds of CPU.
			throw new InvalidTokenRequestException(Words.PAGE.lifetime() + " must be a whole number of seconds of at most "
					+ MAX_NUMBER_LENGTH + " characters, was '" + LogText.escape(abbreviate(text.strip())) + "'");
		}
		try {
			return new BigDecimal(text.strip());
		}
		catch (NumberFormatException ex) {
			throw new InvalidTokenRequestException(Words.PAGE.lifetime() + " must be a whole number of seconds, was '"
					+ LogText.escape(abbreviate(text)) + "'");
		}
	}

	private Duration lifetime(@Nullable BigDecimal seconds, Words words) {
		if (seconds == null) {
			return this.maxLifetime;
		}
		long max = this.maxLifetime.toSeconds();
		// Refused by magnitude alone (precision - scale counts the digits before the point): making
		// an integer of 1e999999999 or 1e-999999999 would keep a CPU busy for hours.
		long integerDigits = (long) seconds.precision() - seconds.scale();
		if (integerDigits > MAX_INTEGER_DIGITS) {
			throw outOfRange(max, seconds.toString(), words);
		}
		if (integerDigits < -MAX_INTEGER_DIGITS) {
			throw new InvalidTokenRequestException(words.lifetime() + " must be a whole number of seconds, was "
					+ abbreviate(seconds.toString()) + ": round it, e.g. to 1");
		}
		BigInteger whole;
		try {
			whole = seconds.toBigIntegerExact();
		}
		catch (ArithmeticException ex) {
			throw new InvalidTokenRequestException(words.lifetime() + " must be a whole number of seconds, was "
					+ abbreviate(seconds.toPlainString()) + ": round it, e.g. to " + seconds.setScale(0, java.math.RoundingMode.HALF_UP).max(BigDecimal.ONE).toPlainString());
		}
		if (whole.signum() <= 0 || whole.compareTo(BigInteger.valueOf(max)) > 0) {
			throw outOfRange(max, whole.toString(), words);
		}
		return Duration.ofSeconds(whole.longValueExact());
	}

	private InvalidTokenRequestException outOfRange(long max, String was, Words words) {
		return new InvalidTokenRequestException(words.lifetime() + " must be between 1 and " + max + words.unit() + " ("
				+ describe(this.maxLifetime) + "), was " + abbreviate(was) + words.whenLeftOut());
	}

	private static @Nullable String comment(@Nullable String comment, Words words) {
		if (comment == null || comment.isEmpty()) {
			return null;
		}
		if (comment.length() > MAX_COMMENT_LENGTH) {
			throw new InvalidTokenRequestException(String.format(words.comment() + " must be at most %,d characters, was %,d: shorten it",
					MAX_COMMENT_LENGTH, comment.length()));
		}
		for (int i = 0; i < comment.length(); i++) {
			if (LogText.isControl(comment.charAt(i))) {
				throw new InvalidTokenRequestException(String.format(
						words.comment() + " must not contain control characters such as line breaks or tabs, found U+%04X at character %d: remove it",
						(int) comment.charAt(i), i + 1));
			}
		}
		return comment;
	}

	/**
	 * Describes a duration in the largest whole unit that fits, e.g. "30 days" or "90 minutes".
	 */
	static String describe(Duration duration) {
		long seconds = duration.toSeconds();
		if (seconds % 86_400 == 0) {
			return plural(seconds / 86_400, "day");
		}
		if (seconds % 3_600 == 0) {
			return plural(seconds / 3_600, "hour");
		}
		if (seconds % 60 == 0) {
			return plural(seconds / 60, "minute");
		}
		return plural(seconds, "second");
	}

	private static String plural(long count, String unit) {
		return count + " " + unit + ((count == 1) ? "" : "s");
	}

	static String abbreviate(String text) {
		return (text.length() <= 40) ? text : text.substring(0, 40) + "…";
	}

	/**
	 * How a refusal names the fields: the JSON API's field names, or the page's labels.
	 *
	 * @param lifetime the lifetime's name
	 * @param unit what follows the largest number of seconds, e.g. {@code " seconds"}
	 * @param whenLeftOut what a lifetime left out means, for callers that may leave it out
	 * @param comment the comment's name
	 */
	record Words(String lifetime, String unit, String whenLeftOut, String comment) {

		/** The JSON API's field names. */
		static final Words JSON = new Words("lifetimeSeconds", "", "; leave it out for the maximum", "comment");

		/** The page's labels. */
		static final Words PAGE = new Words("Lifetime", " seconds", "", "Comment");

	}

	/**
	 * A checked request for a new token.
	 *
	 * @param comment the user's comment, or {@code null}
	 * @param lifetime the lifetime, whole seconds within the maximum
	 */
	record TokenRequest(@Nullable String comment, Duration lifetime) {
	}

}
