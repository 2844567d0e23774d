package dev.dbtokens.sample.emulator;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains an {@link IncompleteDatabricksConfigurationException}: what was found, what is missing,
 * and the two ways out.
 */
public final class IncompleteDatabricksConfigurationFailureAnalyzer
		extends AbstractFailureAnalyzer<IncompleteDatabricksConfigurationException> {

	private static final String WORKSPACE = "databricks.host (DATABRICKS_HOST), databricks.profile (DATABRICKS_CONFIG_PROFILE) "
			+ "or databricks.config-file (DATABRICKS_CONFIG_FILE)";

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, IncompleteDatabricksConfigurationException cause) {
		if (cause.settings().isEmpty()) {
			return new FailureAnalysis("No Databricks workspace is configured (none of " + WORKSPACE + " is set), and this build "
					+ "has no embedded emulator: the jar that package builds leaves it out.",
					"Set DATABRICKS_HOST and DATABRICKS_TOKEN (or databricks.host and databricks.token) to the workspace the "
							+ "portal serves, or run the sample on the embedded emulator with ./mvnw -pl sample-app -am spring-boot:run.",
					cause);
		}
		String found = "  " + String.join("\n  ", cause.settings());
		String action = "Set the workspace: DATABRICKS_HOST (databricks.host) with DATABRICKS_TOKEN (databricks.token), or a "
				+ "profile with DATABRICKS_CONFIG_PROFILE. Check the names above for typing mistakes.";
		if (cause.emulatorAvailable()) {
			action += " Or remove those settings to run on the embedded emulator.";
		}
		return new FailureAnalysis("Databricks is partly configured: these settings are present\n" + found + "\nbut no workspace is: "
				+ "none of " + WORKSPACE + " is set. The embedded emulator starts only when nothing Databricks-related is "
				+ "configured, so that a mistake never silently runs the portal on a fake workspace.", action, cause);
	}

}
