package dev.dbtokens.client;

/**
 * A setting of the client was refused: its {@link #setting()} names which one, in the Java name
 * of the type that checked it ({@code maxAttempts}, {@code rotateAt}), and the message says what
 * was wrong. The auto-configuration turns the name into the property's ({@code
 * databricks.retry.max-attempts}) from this field, never from the message.
 */
public class InvalidSettingException extends IllegalArgumentException {

	private final String setting;

	/**
	 * Creates the exception.
	 * @param setting the setting's name, e.g. {@code maxAttempts}
	 * @param problem what was wrong, after the name, e.g. {@code must be at least 1, was 0}
	 */
	public InvalidSettingException(String setting, String problem) {
		super(setting + " " + problem);
		this.setting = setting;
	}

	/**
	 * Returns the name of the refused setting.
	 * @return e.g. {@code maxAttempts}
	 */
	public String setting() {
		return this.setting;
	}

}
