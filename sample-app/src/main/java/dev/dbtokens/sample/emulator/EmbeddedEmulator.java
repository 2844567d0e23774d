package dev.dbtokens.sample.emulator;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.dbtokens.test.DatabricksEmulator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.MapPropertySource;

/**
 * The only class that touches the emulator, so that the initializer loads without it (in the
 * production jar): starts a {@link DatabricksEmulator} with its default principal as a workspace
 * admin (the admin page uses Token Management) and a service principal for the demo team
 * ({@code sample.teams.demo}, whose member is the portal's user, unless teams are configured), points
 * {@code databricks.host} and {@code databricks.token} at it, binds the server to loopback and
 * turns the demo on (each unless set), registers the emulator as a bean and stops it with the
 * context.
 */
final class EmbeddedEmulator {

	private static final Logger logger = LoggerFactory.getLogger(EmbeddedEmulator.class);

	/** The demo team declared when no team is configured; its member is the portal's user. */
	static final String DEMO_TEAM = "demo";

	/** The emulator's service principal of the demo team. */
	static final String DEMO_SERVICE_PRINCIPAL = "demo-team-bot";

	private EmbeddedEmulator() {
	}

	private static boolean hasTeams(ConfigurableEnvironment environment) {
		return environment.getPropertySources()
			.stream()
			.filter(EnumerablePropertySource.class::isInstance)
			.flatMap((source) -> Arrays.stream(((EnumerablePropertySource<?>) source).getPropertyNames()))
			.anyMatch((name) -> name.startsWith("sample.teams."));
	}

	static void start(ConfigurableApplicationContext context) {
		ConfigurableEnvironment environment = context.getEnvironment();
		DatabricksEmulator emulator = DatabricksEmulator.builder()
			.withDefaultPrincipal()
			.withGroup(DatabricksEmulator.ADMINS_GROUP, DatabricksEmulator.DEFAULT_PRINCIPAL) // the admin page uses Token Management
			.withServicePrincipal(DEMO_SERVICE_PRINCIPAL)
			.start();
		context.getBeanFactory().registerSingleton(EmbeddedEmulatorInitializer.BEAN_NAME, emulator);
		if (context.getBeanFactory() instanceof DefaultSingletonBeanRegistry registry) {
			registry.registerDisposableBean(EmbeddedEmulatorInitializer.BEAN_NAME, emulator::close); // also when the refresh fails
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
		if (!hasTeams(environment)) {
			properties.put("sample.teams." + DEMO_TEAM + ".application-id", emulator.principals().servicePrincipal(DEMO_SERVICE_PRINCIPAL).applicationId());
			properties.put("sample.teams." + DEMO_TEAM + ".members[0]", environment.getProperty("sample.users.user.name", "user"));
		}
		if (!environment.containsProperty("server.address")) {
			properties.put("server.address", "127.0.0.1");
		}
		environment.getPropertySources().addFirst(new MapPropertySource(EmbeddedEmulatorInitializer.PROPERTY_SOURCE_NAME, properties));
		logger.info("No Databricks workspace configured (set DATABRICKS_HOST and DATABRICKS_TOKEN for a real one): "
				+ "started an embedded Databricks emulator at {}, signed in as {}; the portal listens on {} only",
				emulator.baseUrl(), DatabricksEmulator.DEFAULT_PRINCIPAL, environment.getProperty("server.address"));
	}

}
