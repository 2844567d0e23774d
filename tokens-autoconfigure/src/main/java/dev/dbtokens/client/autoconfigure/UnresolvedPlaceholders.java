package dev.dbtokens.client.autoconfigure;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.dbtokens.client.autoconfigure.diagnostics.InvalidDatabricksPropertyException;
import org.jspecify.annotations.Nullable;

/**
 * Refuses a connection property that still holds a {@code ${…}} placeholder nothing resolved, as
 * {@code token: ${DATABRICKS_TOKEN}} does when the variable is not set: Spring leaves such text
 * as it is, and it would otherwise be sent as the credential. The value is never quoted.
 */
final class UnresolvedPlaceholders {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}:]*)[^}]*}");

	private UnresolvedPlaceholders() {
	}

	/**
	 * Returns the value, or fails naming the property and the placeholder's variable.
	 * @param property the property's full name, e.g. {@code databricks.token}
	 * @param value its value, or {@code null} when not set
	 * @return the value
	 */
	static @Nullable String refuse(String property, @Nullable String value) {
		if (value == null) {
			return null;
		}
		Matcher placeholder = PLACEHOLDER.matcher(value);
		if (!placeholder.find()) {
			return value;
		}
		String name = placeholder.group(1).strip();
		throw new InvalidDatabricksPropertyException(property,
				"it holds the placeholder ${" + name + "}, which nothing resolved: " + name + " is not set",
				"Set the environment variable " + name + " (e.g. export " + name + "=…) or a property of that name before "
						+ "starting, or give " + property + " a value directly.");
	}

}
