package dev.dbtokens.client;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The {@link TokenManagementClient}s of several named workspaces, e.g. those configured under
 * {@code databricks.workspaces.<name>}.
 */
public interface TokenManagementClientRegistry {

	/**
	 * Returns the client of a named workspace.
	 * @param name the workspace's name, as in {@code databricks.workspaces.<name>.host}
	 * @return its client
	 * @throws IllegalArgumentException when no workspace has that name
	 */
	TokenManagementClient get(String name);

	/**
	 * Returns the names of the workspaces.
	 * @return the names, in the order given
	 */
	Set<String> names();

	/**
	 * Returns the clients of a fixed map.
	 * @param clients the client of each workspace by name
	 * @return the clients, in the map's order
	 */
	static TokenManagementClientRegistry of(Map<String, TokenManagementClient> clients) {
		if (clients == null || clients.entrySet().stream().anyMatch((entry) -> entry.getKey() == null || entry.getValue() == null)) {
			throw new IllegalArgumentException("clients must not be null or hold a null name or client");
		}
		Map<String, TokenManagementClient> copy = Collections.unmodifiableMap(new LinkedHashMap<>(clients));
		return new TokenManagementClientRegistry() {

			@Override
			public TokenManagementClient get(String name) {
				TokenManagementClient client = copy.get(name);
				if (client == null) {
					throw new IllegalArgumentException("No Databricks workspace named '" + name + "': configured are "
							+ copy.keySet() + " (databricks.workspaces.<name>.host)");
				}
				return client;
			}

			@Override
			public Set<String> names() {
				return copy.keySet();
			}

			@Override
			public String toString() {
				return "TokenManagementClientRegistry" + copy.keySet();
			}

		};
	}

}
