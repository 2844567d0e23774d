package dev.dbtokens.sample.web;

import java.util.List;

import dev.dbtokens.sample.LogText;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;

/**
 * Says what is wrong with a JSON body Jackson could not read: malformed JSON, a body that is not
 * an object, or a field of the wrong type named by its name, each with the line and column where
 * it broke and an example of a good request; never Jackson's own text for a wrong type, which names
 * Java types.
 */
final class JsonProblems {

	/** What a token request looks like, for every detail. */
	static final String EXAMPLE = "Send an object such as {\"comment\": \"ci-job\", \"lifetimeSeconds\": 3600}";

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
		if (ex instanceof StreamReadException) {
			return "Malformed JSON" + where + ": " + firstLine(ex.getOriginalMessage()) + ". " + EXAMPLE;
		}
		// A value of the wrong type: named by its field, never with Jackson's text (it quotes Java types).
		List<JacksonException.Reference> path = ex.getPath();
		String field = path.isEmpty() ? null : path.get(0).getPropertyName();
		String what;
		if (field == null) {
			what = "the body must be a JSON object";
		}
		else {
			what = switch (field) {
				case "comment" -> "\"comment\" must be a string";
				case "lifetimeSeconds" -> "\"lifetimeSeconds\" must be a whole number of seconds, e.g. 3600";
				default -> "\"" + LogText.escape(field) + "\" has a value of the wrong type";
			};
		}
		return "JSON value of the wrong type" + where + ": " + what + ". " + EXAMPLE;
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
