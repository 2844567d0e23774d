package dev.dbtokens.client.autoconfigure;

import java.util.Map;

import dev.dbtokens.client.TokensClientRegistry;

import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;

/**
 * Where each named workspace ({@code databricks.workspaces.<name>}) is and how to authenticate to
 * it. The auto-configuration builds it from the properties; define a bean of this type to take the
 * workspaces from elsewhere: {@link TokensClientRegistry} then has one client per entry.
 */
@FunctionalInterface
public interface DatabricksWorkspacesConnectionDetails extends ConnectionDetails {

	/**
	 * Returns the workspaces by name, in configuration order.
	 * @return the connection details of each workspace, possibly none
	 */
	Map<String, DatabricksConnectionDetails> workspaces();

}
