package dev.dbtokens.client.internal.wire;

import java.util.regex.Pattern;

import dev.dbtokens.client.LogText;

/**
 * Makes text that came from outside (a server message, a body excerpt, a header) safe for a log
 * line or an exception message: masks anything that looks like a credential and every
 * {@linkplain KnownSecrets configured secret} by value, escapes control characters
 * ({@link LogText}) and bounds the length. Every such text the client writes goes through here.
 */
public final class Redaction {

	private static final Pattern SECRETS = Pattern.compile(
			"(?i)(dapi|dose|dkea)[0-9a-z_\\-]{8,}|(bearer|basic)\\s+[\\w\\-.~+/=]+|eyJ[\\w-]+\\.[\\w-]+\\.[\\w-]*");

	public static final int MAX_LENGTH = LogText.MAX_LENGTH;

	private static final String MASK = "<redacted>";

	private Redaction() {
	}

	/** Masks, escapes and bounds a text to {@link #MAX_LENGTH} characters. */
	public static String scrub(String text) {
		return scrub(text, MAX_LENGTH);
	}

	/** Masks, escapes and bounds a text to {@code maxLength} characters. */
	public static String scrub(String text, int maxLength) {
		return LogText.bounded(mask(text), maxLength);
	}

	/**
	 * Whether a text holds something that looks like a credential (by its shape only: a host that
	 * happens to contain a configured password is not refused for it).
	 */
	public static boolean looksSecret(String text) {
		return SECRETS.matcher(text).find();
	}

	/** Masks configured secrets and credential-like words, without escaping or shortening the text. */
	public static String mask(String text) {
		String masked = text;
		for (String secret : KnownSecrets.values()) {
			masked = masked.replace(secret, MASK);
		}
		return SECRETS.matcher(masked).replaceAll(MASK);
	}

}
