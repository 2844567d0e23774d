package dev.dbtokens.client.autoconfigure.health;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.dbtokens.client.TokensClient;
import dev.dbtokens.client.TokensClientRegistry;
import dev.dbtokens.client.autoconfigure.DatabricksConnectionDetails;
import dev.dbtokens.client.autoconfigure.NamedTokensClientRegistry;
import dev.dbtokens.client.autoconfigure.TokensClientAutoConfiguration;

import org.springframework.beans.factory.BeanCreationException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.CompositeReactiveHealthContributor;
import org.springframework.boot.health.contributor.ReactiveHealthContributor;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * A {@code databricks} health contributor when Spring Boot's health support is present
 * ({@code management.health.databricks.enabled}, default true): one indicator for the single
 * workspace, or a composite with one per workspace when {@code databricks.workspaces} are
 * configured.
 */
@AutoConfiguration(after = TokensClientAutoConfiguration.class)
@ConditionalOnClass(ReactiveHealthIndicator.class)
@ConditionalOnEnabledHealthIndicator("databricks")
@ConditionalOnBean(TokensClientRegistry.class)
public final class TokensHealthContributorAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(name = "databricksHealthContributor")
	ReactiveHealthContributor databricksHealthContributor(ObjectProvider<TokensClient> client,
			ObjectProvider<DatabricksConnectionDetails> connection, ObjectProvider<TokensClientRegistry> named) {
		Map<String, ReactiveHealthContributor> indicators = new LinkedHashMap<>();
		TokensClient single = client.getIfUnique();
		if (single != null) {
			indicators.put("default", new DatabricksHealthIndicator(single, host(connection)));
		}
		TokensClientRegistry clients = named.getIfAvailable();
		if (clients != null) {
			for (String name : clients.names()) {
				String host = (clients instanceof NamedTokensClientRegistry known) ? known.host(name) : "unknown";
				indicators.put(name, new DatabricksHealthIndicator(clients.get(name), host));
			}
		}
		if (indicators.size() == 1 && indicators.containsKey("default")) {
			return indicators.get("default");
		}
		return CompositeReactiveHealthContributor.fromMap(indicators);
	}

	/**
	 * The configured host, or "unknown" beside an application's own TokensClient, for which none
	 * need be configured.
	 */
	private static String host(ObjectProvider<DatabricksConnectionDetails> connection) {
		try {
			DatabricksConnectionDetails workspace = connection.getIfUnique();
			return (workspace != null) ? workspace.workspaceUri().toString() : "unknown";
		}
		catch (BeanCreationException ex) {
			return "unknown";
		}
	}

}
