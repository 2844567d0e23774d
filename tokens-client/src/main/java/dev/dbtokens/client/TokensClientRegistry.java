package dev.dbtokens.client;

import java.util.Set;

/**
 * Clients of several workspaces, by name: in a Spring Boot application, those configured under
 * {@code databricks.workspaces.<name>}.
 */
public interface TokensClientRegistry {

	/**
	 * Returns the client of a named workspace.
	 * @param name the workspace's name, as in {@code databricks.workspaces.<name>.host}
	 * @return its client
	 * @throws IllegalArgumentException when no workspace has that name
	 */
	TokensClient get(String name);

	/**
	 * Returns the names of the configured workspaces.
	 * @return the names, in configuration order
	 */
	Set<String> names();

}
