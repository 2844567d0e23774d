package dev.dbtokens.client.autoconfigure;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.dbtokens.client.TokenManagementClient;
import dev.dbtokens.client.TokenManagementClients;
import dev.dbtokens.client.TokensClient;
import dev.dbtokens.client.TokensClients;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configures a {@link TokenManagementClient} beside each auto-configured
 * {@link TokensClient}: one for the top-level workspace and a {@link TokenManagementClients} for
 * the workspaces under {@code databricks.workspaces}. Each is made with
 * {@link TokenManagementClient#of(TokensClient)}, so it shares that client's connection,
 * credentials, retries, rate limit, observation and wire log (and every change to how the
 * {@code TokensClient} is built). A {@code TokensClient} bean of your own gets no management
 * client: define {@code TokenManagementClient.of(yourClient)} as a bean. Switch it off with
 * {@code databricks.token-management.enabled=false}.
 */
@AutoConfiguration(after = TokensClientAutoConfiguration.class)
@ConditionalOnBooleanProperty(name = "databricks.token-management.enabled", matchIfMissing = true)
public final class TokenManagementAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBean(name = "tokensClient", value = TokensClient.class)
	TokenManagementClient tokenManagementClient(TokensClient tokensClient) {
		return TokenManagementClient.of(tokensClient);
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBean(name = "tokensClients", value = TokensClients.class)
	TokenManagementClients tokenManagementClients(TokensClients tokensClients) {
		Map<String, TokenManagementClient> clients = new LinkedHashMap<>();
		tokensClients.names().forEach((name) -> clients.put(name, TokenManagementClient.of(tokensClients.get(name))));
		return TokenManagementClients.of(clients);
	}

}
