package dev.dbtokens.client.autoconfigure.diagnostics;

import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import dev.dbtokens.client.InvalidSettingException;

/**
 * A {@code databricks.*} property is missing or invalid. Its message names the property and what
 * was wrong, never a secret value.
 */
public class InvalidDatabricksPropertyException extends RuntimeException {

	private final String property;

	private final String action;

	public InvalidDatabricksPropertyException(String property, String problem, String action) {
		super("Invalid property '" + property + "': " + problem);
		this.property = property;
		this.action = action;
	}

	/**
	 * Gives properties' values to the client type that owns their rules: the
	 * {@link IllegalArgumentException} with which that type refuses one becomes the failure of the
	 * property, with the type's own words as the problem. An {@link InvalidSettingException} names
	 * the refused setting ({@code rotateAt}), which names the property ({@code <prefix>.rotate-at});
	 * with a single property, that one is meant; failing both, the failure names the prefix. This is the
	 * only translation between the client's rules and the properties: no rule is stated here again.
	 * @param prefix the properties' prefix, e.g. {@code databricks.retry}
	 * @param actions what to set, shown by the failure analysis, by property name after the prefix
	 * @param use applies the values, e.g. {@code () -> builder.rateLimit(value)}
	 * @return what {@code use} returned
	 */
	public static <T> T whenRefused(String prefix, Map<String, String> actions, Supplier<T> use) {
		try {
			return use.get();
		}
		catch (IllegalArgumentException ex) {
			String problem = String.valueOf(ex.getMessage());
			String name = (actions.size() == 1) ? actions.keySet().iterator().next()
					: (ex instanceof InvalidSettingException invalid) ? kebab(invalid.setting()) : null;
			if (name == null) {
				throw new InvalidDatabricksPropertyException(prefix, problem, "Correct the " + prefix + ".* settings.");
			}
			String action = actions.getOrDefault(name, "Correct " + prefix + "." + name + ", or remove it to use the default.");
			throw new InvalidDatabricksPropertyException(prefix + "." + name, problem, action);
		}
	}

	private static String kebab(String component) {
		return component.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
	}

	public String property() {
		return this.property;
	}

	String action() {
		return this.action;
	}

}
