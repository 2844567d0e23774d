package dev.dbtokens.sample;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Makes text that came from a user safe to log: control characters become escapes such as
 * {@code \n} or {@code \u001b}, so input cannot forge log lines or move the terminal's cursor
 * (through the client's {@link dev.dbtokens.client.LogText}), and describes tokens for log lines.
 */
public final class LogText {

	private LogText() {
	}

	/**
	 * Escapes the control characters (and the Unicode line and paragraph separators) of a text, as
	 * the client escapes what it logs: the one rule is {@link dev.dbtokens.client.LogText#escape}.
	 * @param text the text, as the user gave it
	 * @return the text with each such character escaped
	 */
	public static String escape(String text) {
		return dev.dbtokens.client.LogText.escape(text);
	}

	/**
	 * Describes a token's comment for a log line: quoted and escaped, or {@code no comment}.
	 * @param comment the comment, or {@code null}
	 * @return e.g. {@code 'ci-nightly'} or {@code no comment}
	 */
	public static String comment(@Nullable String comment) {
		return (comment != null && !comment.isEmpty()) ? "'" + escape(comment) + "'" : "no comment";
	}

	/**
	 * Describes when a token expires for a log line.
	 * @param expiryTime when it expires, or {@code null} when it never does
	 * @return e.g. {@code expires 2026-11-29T05:23:17Z} or {@code never expires}
	 */
	public static String expiry(@Nullable Instant expiryTime) {
		return (expiryTime != null) ? "expires " + expiryTime : "never expires";
	}

	/**
	 * Whether a character is one {@link #escape(String)} escapes: an ISO control character, or the
	 * Unicode line or paragraph separator.
	 * @param c the character
	 * @return whether it is a control character
	 */
	public static boolean isControl(char c) {
		return dev.dbtokens.client.LogText.isControl(c);
	}

}
