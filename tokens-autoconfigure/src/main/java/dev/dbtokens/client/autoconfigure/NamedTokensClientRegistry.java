package dev.dbtokens.client.autoconfigure;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import dev.dbtokens.client.TokensClient;
import dev.dbtokens.client.TokensClientRegistry;

/**
 * {@link TokensClientRegistry} over a fixed map, built at start-up.
 */
public final class NamedTokensClientRegistry implements TokensClientRegistry {

	private final Map<String, TokensClient> clients;

	private final Map<String, String> hosts;

	NamedTokensClientRegistry(Map<String, TokensClient> clients, Map<String, String> hosts) {
		this.clients = Collections.unmodifiableMap(new LinkedHashMap<>(clients));
		this.hosts = Map.copyOf(hosts);
	}

	/** The workspace URL of a named client, for health details. */
	public String host(String name) {
		return this.hosts.getOrDefault(name, "unknown");
	}

	@Override
	public TokensClient get(String name) {
		TokensClient client = this.clients.get(name);
		if (client == null) {
			throw new IllegalArgumentException("No Databricks workspace named '" + name + "': configured are " + names()
					+ " (databricks.workspaces.<name>.host)");
		}
		return client;
	}

	@Override
	public Set<String> names() {
		return this.clients.keySet();
	}

	@Override
	public String toString() {
		return "TokensClientRegistry" + names();
	}

}
