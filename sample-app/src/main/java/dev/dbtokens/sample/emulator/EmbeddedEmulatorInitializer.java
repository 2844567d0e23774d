package dev.dbtokens.sample.emulator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.dbtokens.test.DatabricksEmulator;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts the sample on an embedded {@link DatabricksEmulator} when no workspace is configured:
 * none of {@code databricks.host} ({@code DATABRICKS_HOST}), {@code databricks.profile}
 * ({@code DATABRICKS_CONFIG_PROFILE}) or {@code databricks.config-file}
 * ({@code DATABRICKS_CONFIG_FILE}) is set. It then points {@code databricks.host} and
 * {@code databricks.token} at the emulator's default principal, turns the demo on unless
 * {@code sample.demo} is set, registers the emulator as the bean {@code databricksEmulator} and
 * stops it when the context closes.
 */
public final class EmbeddedEmulatorInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	/** Name of the property source that points the client at the emulator. */
	public static final String PROPERTY_SOURCE_NAME = "embeddedDatabricksEmulator";

	/** Name of the emulator's bean. */
	public static final String BEAN_NAME = "databricksEmulator";

	private static final Logger logger = LoggerFactory.getLogger(EmbeddedEmulatorInitializer.class);

	private static final List<String> WORKSPACE_PROPERTIES = List.of("databricks.host", "databricks.profile",
			"DATABRICKS_CONFIG_PROFILE", "databricks.config-file");

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		ConfigurableEnvironment environment = context.getEnvironment();
		String configured = configuredWorkspace(environment);
		if (configured != null) {
			logger.info("Using the Databricks workspace configured by {}", configured);
			return;
		}
		DatabricksEmulator emulator = DatabricksEmulator.builder().withDefaultPrincipal().start();
		context.getBeanFactory().registerSingleton(BEAN_NAME, emulator);
		if (context.getBeanFactory() instanceof DefaultSingletonBeanRegistry registry) {
			registry.registerDisposableBean(BEAN_NAME, emulator::close); // also when the refresh fails
		}
		else {
			context.addApplicationListener((ApplicationListener<ContextClosedEvent>) (event) -> emulator.close());
		}
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("databricks.host", emulator.baseUrl());
		properties.put("databricks.token", emulator.defaultToken());
		if (!environment.containsProperty("sample.demo")) {
			properties.put("sample.demo", "true");
		}
		environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE_NAME, properties));
		logger.info("No Databricks workspace configured (set DATABRICKS_HOST and DATABRICKS_TOKEN for a real one): "
				+ "started an embedded Databricks emulator at {}, signed in as {}", emulator.baseUrl(),
				DatabricksEmulator.DEFAULT_PRINCIPAL);
	}

	private static @Nullable String configuredWorkspace(ConfigurableEnvironment environment) {
		return WORKSPACE_PROPERTIES.stream().filter(environment::containsProperty).findFirst().orElse(null);
	}

}
