package dev.dbtokens.sample.emulator;

import java.util.List;

/**
 * Start-up refused: something Databricks-related is configured but no workspace, or nothing is
 * configured and this build has no embedded emulator.
 * {@link IncompleteDatabricksConfigurationFailureAnalyzer} explains it.
 */
public class IncompleteDatabricksConfigurationException extends RuntimeException {

	private final List<String> settings;

	private final boolean emulatorAvailable;

	IncompleteDatabricksConfigurationException(List<String> settings, boolean emulatorAvailable) {
		super(settings.isEmpty() ? "No Databricks workspace is configured and this build has no embedded emulator"
				: "Databricks is partly configured, by " + String.join(", ", settings) + ", but no workspace is set");
		this.settings = List.copyOf(settings);
		this.emulatorAvailable = emulatorAvailable;
	}

	/**
	 * Returns the Databricks-related settings found, each as {@code name (where)}.
	 * @return the settings, empty when nothing is configured
	 */
	public List<String> settings() {
		return this.settings;
	}

	/**
	 * Returns whether this build has the embedded emulator.
	 * @return whether the emulator is on the class path
	 */
	public boolean emulatorAvailable() {
		return this.emulatorAvailable;
	}

}
