package dev.dbtokens.client.internal.wire;

import java.util.regex.Pattern;

/**
 * Masks anything that looks like a credential in text that came from outside (a server message,
 * a body excerpt), and shortens it.
 */
public final class Redaction {

	private static final Pattern SECRETS = Pattern.compile(
			"(?i)(dapi|dose|dkea)[0-9a-z_\\-]{8,}|(bearer|basic)\\s+[\\w\\-.~+/=]+|eyJ[\\w-]+\\.[\\w-]+\\.[\\w-]*");

	public static final int MAX_LENGTH = 300;

	private Redaction() {
	}

	public static String scrub(String text) {
		String clean = mask(text);
		return (clean.length() > MAX_LENGTH) ? clean.substring(0, MAX_LENGTH) + "…" : clean;
	}

	/** Whether a text holds something that looks like a credential. */
	public static boolean looksSecret(String text) {
		return SECRETS.matcher(text).find();
	}

	/** Masks credential-like words without shortening the text. */
	public static String mask(String text) {
		return SECRETS.matcher(text).replaceAll("<redacted>");
	}

}
