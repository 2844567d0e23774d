package dev.dbtokens.sample.emulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.dbtokens.sample.OwnerTag;
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
 * turns the demo on (each unless set), seeds a never-expiring portal token of the portal's user
 * for the admin's compliance sweep to find, registers the emulator as a bean and stops it with the
 * context.
 */
final class EmbeddedEmulator {

	private static final Logger logger = LoggerFactory.getLogger(EmbeddedEmulator.class);

	/** The demo team declared when no team is configured; its member is the portal's user. */
	static final String DEMO_TEAM = "demo";

	/** The emulator's service principal of the demo team. */
	static final String DEMO_SERVICE_PRINCIPAL = "demo-team-bot";

	/** The comment of the seeded token that breaks the portal's rule. */
	static final String LEGACY_COMMENT = "legacy-notebook";

	private EmbeddedEmulator() {
	}

	private static boolean hasTeams(ConfigurableEnvironment environment) {
		return environment.getPropertySources()
			.stream()
			.filter(EnumerablePropertySource.class::isInstance)
			.flatMap((source) -> Arrays.stream(((EnumerablePropertySource<?>) source).getPropertyNames()))
			.anyMatch((name) -> name.startsWith("sample.teams."));
	}

	/**
	 * Creates, as the portal would have, a token for the portal's user that never expires, so
	 * that the admin's compliance sweep has something to find at once.
	 */
	private static void seedLegacyToken(DatabricksEmulator emulator, String user) {
		String comment = new OwnerTag(user).tag(LEGACY_COMMENT);
		HttpRequest request = HttpRequest.newBuilder(URI.create(emulator.baseUrl() + "/api/2.0/token/create"))
			.header("Authorization", "Bearer " + emulator.defaultToken())
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"comment\": \"" + comment + "\"}"))
			.build();
		try {
			HttpResponse<Void> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding());
			if (response.statusCode() != 200) {
				throw new IllegalStateException("The embedded emulator refused the seeded token: HTTP " + response.statusCode());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not seed the embedded emulator at " + emulator.baseUrl(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while seeding the embedded emulator", ex);
		}
		logger.info("Seeded a never-expiring token '{}' for portal user '{}' that breaks the portal's rule: the admin page's "
				+ "compliance sweep finds it", LEGACY_COMMENT, user);
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
		seedLegacyToken(emulator, environment.getProperty("sample.users.user.name", "user"));
		logger.info("No Databricks workspace configured (set DATABRICKS_HOST and DATABRICKS_TOKEN for a real one): "
				+ "started an embedded Databricks emulator at {}, signed in as {}; the portal listens on {} only",
				emulator.baseUrl(), DatabricksEmulator.DEFAULT_PRINCIPAL, environment.getProperty("server.address"));
	}

}
