package dev.dbtokens.sample.web;

import dev.dbtokens.sample.LogText;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;

/**
 * Says what is wrong with a JSON body Jackson could not read: malformed JSON, or a value of the
 * wrong type, each with the line and column where it broke.
 */
final class JsonProblems {

	private JsonProblems() {
	}

	/**
	 * Describes the Jackson failure behind an exception.
	 * @param ex the exception, e.g. Spring's {@code ServerWebInputException}
	 * @return the description, or {@code null} when no Jackson failure caused it
	 */
	static @Nullable String describe(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof JacksonException jackson) {
				return describe(jackson);
			}
		}
		return null;
	}

	private static String describe(JacksonException ex) {
		String where = where(ex.getLocation());
		String message = firstLine(ex.getOriginalMessage());
		if (ex instanceof StreamReadException) {
			return "Malformed JSON" + where + ": " + message
					+ ". Send an object such as {\"comment\": \"ci-job\", \"lifetimeSeconds\": 3600}";
		}
		return "JSON value of the wrong type" + where + ": " + message
				+ ". \"comment\" is a string and \"lifetimeSeconds\" a whole number";
	}

	private static String where(@Nullable TokenStreamLocation location) {
		if (location == null || location.getLineNr() < 1) {
			return "";
		}
		return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
	}

	private static String firstLine(@Nullable String message) {
		if (message == null) {
			return "unreadable";
		}
		int end = message.indexOf('\n');
		String line = (end < 0) ? message : message.substring(0, end);
		return LogText.escape((line.length() <= 200) ? line : line.substring(0, 200) + "…");
	}

}
