package dev.dbtokens.client.autoconfigure;

import java.util.Comparator;

import dev.dbtokens.client.autoconfigure.diagnostics.InvalidDatabricksPropertyException;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.BindHandler;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.UnboundConfigurationPropertiesException;
import org.springframework.boot.context.properties.bind.handler.NoUnboundElementsBindHandler;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.core.env.Environment;

/**
 * Refuses a {@code databricks.workspaces.<name>.*} key that a workspace does not take, such as
 * {@code databricks.workspaces.eu.http.proxy.host}: the binder would ignore it, and the workspace
 * would silently use the shared {@code databricks.http.*} (or {@code retry}, {@code logging}, …)
 * settings instead. A workspace takes only the keys of {@link WorkspaceProperties}.
 */
final class WorkspaceKeys {

	private static final String PREFIX = "databricks.workspaces";

	private WorkspaceKeys() {
	}

	/**
	 * Fails naming the first key no workspace takes.
	 * @throws InvalidDatabricksPropertyException naming the key and the shared key to use instead
	 */
	static void refuseUnknown(Environment environment) {
		try {
			Binder.get(environment)
				.bind(PREFIX, Bindable.mapOf(String.class, WorkspaceProperties.class),
						new NoUnboundElementsBindHandler(BindHandler.DEFAULT));
		}
		catch (BindException ex) {
			if (!(ex.getCause() instanceof UnboundConfigurationPropertiesException unbound)) {
				return; // a value that does not convert is reported when DatabricksProperties binds it
			}
			ConfigurationPropertyName name = unbound.getUnboundProperties()
				.stream()
				.map(ConfigurationProperty::getName)
				.min(Comparator.comparing(ConfigurationPropertyName::toString))
				.orElseThrow();
			throw refused(name);
		}
	}

	/** {@code databricks.workspaces.<name>.<group>.<key>} names a shared group, e.g. {@code http}; a shorter one a key none takes. */
	private static InvalidDatabricksPropertyException refused(ConfigurationPropertyName name) {
		String problem = "a workspace takes only host, token, client-id, client-secret, auth-type, profile and config-file";
		if (name.getNumberOfElements() < 5) {
			return new InvalidDatabricksPropertyException(name.toString(), problem,
					"Remove it, or correct its name to one of the keys a workspace takes.");
		}
		String group = name.getElement(3, ConfigurationPropertyName.Form.DASHED);
		String shared = "databricks." + name.subName(3);
		return new InvalidDatabricksPropertyException(name.toString(), problem + "; the " + group + " settings are shared by every "
				+ "workspace, so this one would be ignored", "Move it to " + shared + ", which applies to every workspace, or remove it.");
	}

}
