package dev.dbtokens.sample.emulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.util.ClassUtils;

/**
 * Starts the sample on an embedded Databricks emulator when nothing Databricks-related is
 * configured at all: no {@code DATABRICKS_*} environment variable and no {@code databricks.*}
 * property other than the client's tuning ({@code databricks.rotation.*}, {@code databricks.http.*},
 * ...). A workspace set by {@code databricks.host}, {@code databricks.profile} or
 * {@code databricks.config-file} (or their environment variables) is left to the starter. Anything
 * else Databricks-related without a workspace, a mistyped variable say, fails start-up with an
 * {@link IncompleteDatabricksConfigurationException} naming what is set and what is missing, and
 * so does a build without the emulator (the production jar) with nothing configured.
 */
public final class EmbeddedEmulatorInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	/** Name of the property source that points the client at the emulator. */
	public static final String PROPERTY_SOURCE_NAME = "embeddedDatabricksEmulator";

	/** Name of the emulator's bean. */
	public static final String BEAN_NAME = "databricksEmulator";

	static final String EMULATOR_CLASS = "dev.dbtokens.test.DatabricksEmulator";

	private static final Logger logger = LoggerFactory.getLogger(EmbeddedEmulatorInitializer.class);

	/** The settings that choose a workspace. */
	static final List<String> WORKSPACE_PROPERTIES = List.of("databricks.host", "databricks.profile",
			"DATABRICKS_CONFIG_PROFILE", "databricks.config-file", "DATABRICKS_CONFIG_FILE");

	/** Groups of {@code databricks.*} that tune the client and choose no workspace. */
	private static final Set<String> TUNING = Set.of("databricks.allow-insecure-http", "databricks.http.", "databricks.tokens.",
			"databricks.logging.", "databricks.user-agent.", "databricks.retry.", "databricks.rate-limit.",
			"databricks.rotation.", "databricks.lifecycle.", "databricks.token-management.");

	private final boolean emulatorAvailable;

	/**
	 * Creates the initializer; the emulator is available when its class is on the class path.
	 */
	public EmbeddedEmulatorInitializer() {
		this(ClassUtils.isPresent(EMULATOR_CLASS, EmbeddedEmulatorInitializer.class.getClassLoader()));
	}

	EmbeddedEmulatorInitializer(boolean emulatorAvailable) {
		this.emulatorAvailable = emulatorAvailable;
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		ConfigurableEnvironment environment = context.getEnvironment();
		for (String workspace : WORKSPACE_PROPERTIES) {
			String value = environment.getProperty(workspace);
			if (value != null && !value.isBlank()) {
				logger.info("Using the Databricks workspace configured by {}", workspace);
				return;
			}
		}
		List<String> related = databricksSettings(environment);
		if (!related.isEmpty() || !this.emulatorAvailable) {
			throw new IncompleteDatabricksConfigurationException(related, this.emulatorAvailable);
		}
		EmbeddedEmulator.start(context);
	}

	/**
	 * Lists the Databricks-related settings, each as {@code name (where)}.
	 */
	static List<String> databricksSettings(ConfigurableEnvironment environment) {
		List<String> found = new ArrayList<>();
		for (PropertySource<?> source : environment.getPropertySources()) {
			if (!(source instanceof EnumerablePropertySource<?> enumerable) || PROPERTY_SOURCE_NAME.equals(source.getName())) {
				continue;
			}
			boolean variables = StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME.equals(source.getName());
			for (String name : enumerable.getPropertyNames()) {
				if (name.startsWith("DATABRICKS_") || (name.startsWith("databricks.") && !isTuning(name))) {
					found.add(name + " (" + (variables ? "environment variable" : source.getName()) + ")");
				}
			}
		}
		return found;
	}

	private static boolean isTuning(String name) {
		return TUNING.stream().anyMatch(name::startsWith);
	}

}
