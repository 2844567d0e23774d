package dev.dbtokens.test;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import dev.dbtokens.client.DatabricksCredentialsProvider;
import dev.dbtokens.client.autoconfigure.DatabricksConnectionDetails;
import dev.dbtokens.client.autoconfigure.DatabricksWorkspacesConnectionDetails;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * The emulator as the connection details of the top-level workspace and of every workspace under
 * {@code databricks.workspaces.<name>}, so that no test request reaches a real workspace. Used only
 * when the auto-configuration is on the class path.
 */
final class EmulatorConnectionDetails implements DatabricksConnectionDetails {

	static final String BEAN_NAME = "databricksEmulatorConnectionDetails";

	static final String WORKSPACES_BEAN_NAME = "databricksEmulatorWorkspacesConnectionDetails";

	private final DatabricksEmulator emulator;

	private EmulatorConnectionDetails(DatabricksEmulator emulator) {
		this.emulator = emulator;
	}

	static void register(ConfigurableListableBeanFactory beanFactory, DatabricksEmulator emulator, Environment environment) {
		EmulatorConnectionDetails details = new EmulatorConnectionDetails(emulator);
		beanFactory.registerSingleton(BEAN_NAME, details);
		DatabricksWorkspacesConnectionDetails workspaces = () -> {
			Map<String, DatabricksConnectionDetails> named = new LinkedHashMap<>();
			for (String name : workspaceNames(environment)) {
				named.put(name, details);
			}
			return named;
		};
		beanFactory.registerSingleton(WORKSPACES_BEAN_NAME, workspaces);
	}

	/** The names under {@code databricks.workspaces}, in configuration order. */
	static Iterable<String> workspaceNames(Environment environment) {
		return Binder.get(environment)
			.bind("databricks.workspaces", Bindable.mapOf(String.class, Object.class))
			.map(Map::keySet)
			.orElse(Set.of());
	}

	@Override
	public URI workspaceUri() {
		return URI.create(this.emulator.baseUrl());
	}

	@Override
	public DatabricksCredentialsProvider credentials() {
		return DatabricksCredentialsProvider.personalAccessToken(this.emulator.defaultToken());
	}

	@Override
	public String toString() {
		return "EmulatorConnectionDetails[" + this.emulator.baseUrl() + "]";
	}

}
