package dev.dbtokens.client.autoconfigure;

/**
 * A {@code databricks.*} property is missing or invalid. Its message names the property and what
 * was wrong, never a secret value.
 */
class InvalidDatabricksPropertyException extends RuntimeException {

	private final String property;

	private final String action;

	InvalidDatabricksPropertyException(String property, String problem, String action) {
		super("Invalid property '" + property + "': " + problem);
		this.property = property;
		this.action = action;
	}

	String property() {
		return this.property;
	}

	String action() {
		return this.action;
	}

}
