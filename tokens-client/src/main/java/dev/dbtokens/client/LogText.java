package dev.dbtokens.client;

import org.jspecify.annotations.Nullable;

/**
 * Makes text that came from outside (a server's message, a comment, a token id) safe to put in a
 * log line or an exception message: control characters are escaped, so the text cannot forge log
 * lines or move a terminal's cursor, and the text is bounded in length. The client passes every
 * such text through here; an application may too.
 */
public final class LogText {

	/** Characters of one outside text that a message or a log line shows unless told otherwise. */
	public static final int MAX_LENGTH = 300;

	private LogText() {
	}

	/**
	 * Escapes the control characters (C0, DEL and C1, and the Unicode line and paragraph
	 * separators) of a text: {@code \n}, {@code \r}, {@code \t}, otherwise {@code \}{@code uXXXX}.
	 * A backslash is kept as it is, so that escaping twice (a server message in an exception
	 * message in a log line) changes nothing more: a text escaped once has no control character
	 * left.
	 * @param text the text as it came
	 * @return the text on one line, each such character escaped
	 */
	public static String escape(String text) {
		StringBuilder escaped = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			String escape = escapeOf(c);
			if (escape != null && escaped == null) {
				escaped = new StringBuilder(text.length() + 16).append(text, 0, i);
			}
			if (escaped != null) {
				if (escape != null) {
					escaped.append(escape);
				}
				else {
					escaped.append(c);
				}
			}
		}
		return (escaped != null) ? escaped.toString() : text;
	}

	/**
	 * Escapes a text and shortens it to at most {@code maxLength} characters, saying how long it
	 * was when it is cut.
	 * @param text the text as it came
	 * @param maxLength the most characters of the text to show, at least 0
	 * @return e.g. {@code abc…(5000031 chars)}
	 */
	public static String bounded(String text, int maxLength) {
		String escaped = escape((text.length() > maxLength) ? text.substring(0, maxLength) : text);
		if (text.length() <= maxLength && escaped.length() <= maxLength) {
			return escaped;
		}
		return escaped.substring(0, Math.min(maxLength, escaped.length())) + "…(" + text.length() + " chars)";
	}

	/**
	 * Escapes a text and shortens it to {@link #MAX_LENGTH} characters.
	 * @param text the text as it came, or {@code null}
	 * @return the safe text, or {@code "null"}
	 */
	public static String of(@Nullable String text) {
		return (text != null) ? bounded(text, MAX_LENGTH) : "null";
	}

	/**
	 * Whether a character is one {@link #escape(String)} escapes.
	 * @param c the character
	 * @return whether it is a control character or a line or paragraph separator
	 */
	public static boolean isControl(char c) {
		return Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
	}

	private static @Nullable String escapeOf(char c) {
		return switch (c) {
			case '\n' -> "\\n";
			case '\r' -> "\\r";
			case '\t' -> "\\t";
			default -> isControl(c) ? String.format("\\u%04x", (int) c) : null;
		};
	}

}
