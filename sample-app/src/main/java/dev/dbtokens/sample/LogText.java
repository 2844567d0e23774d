package dev.dbtokens.sample;

/**
 * Makes text that came from a user safe to log: control characters become escapes such as
 * {@code \n} or {@code \u001b}, so input cannot forge log lines or move the terminal's cursor.
 */
public final class LogText {

	private LogText() {
	}

	/**
	 * Escapes the control characters (and the Unicode line and paragraph separators) of a text,
	 * and the backslash that starts an escape.
	 * @param text the text, as the user gave it
	 * @return the text with each such character escaped
	 */
	public static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '\\' -> escaped.append("\\\\");
				case '\n' -> escaped.append("\\n");
				case '\r' -> escaped.append("\\r");
				case '\t' -> escaped.append("\\t");
				default -> {
					if (isControl(c)) {
						escaped.append(String.format("\\u%04x", (int) c));
					}
					else {
						escaped.append(c);
					}
				}
			}
		}
		return escaped.toString();
	}

	/**
	 * Whether a character is one {@link #escape(String)} escapes (besides the backslash): an ISO
	 * control character, or the Unicode line or paragraph separator.
	 * @param c the character
	 * @return whether it is a control character
	 */
	public static boolean isControl(char c) {
		return Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
	}

}
