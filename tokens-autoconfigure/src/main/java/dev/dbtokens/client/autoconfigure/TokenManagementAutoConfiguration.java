package dev.dbtokens.client.autoconfigure;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.dbtokens.client.DatabricksCredentialsProvider;
import dev.dbtokens.client.TokenManagementClient;
import dev.dbtokens.client.TokenManagementClientRegistry;
import dev.dbtokens.client.TokensClient;
import dev.dbtokens.client.TokensClientRegistry;
import dev.dbtokens.client.autoconfigure.http.TokensConnectionPool;
import io.micrometer.observation.ObservationRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Auto-configures a {@link TokenManagementClient} beside each auto-configured
 * {@link TokensClient}: one for the top-level workspace and a {@link TokenManagementClientRegistry} for
 * the workspaces under {@code databricks.workspaces}. Each is made with
 * {@link TokenManagementClient#of(TokensClient)} on a {@code TokensClient} built the same way as
 * the auto-configured one, so it has the same connection pool, credentials, retries, observation
 * and wire log (and every change to how the {@code TokensClient} is built). A {@code TokensClient} bean of your own, whatever
 * its name, gets no management client: define {@code TokenManagementClient.of(yourClient)} as a bean. Switch it off with
 * {@code databricks.token-management.enabled=false}.
 */
@AutoConfiguration(after = TokensClientAutoConfiguration.class)
@ConditionalOnBooleanProperty(name = "databricks.token-management.enabled", matchIfMissing = true)
public final class TokenManagementAutoConfiguration {

	/**
	 * Built like the auto-configured {@code tokensClient} bean (same properties, connection,
	 * credentials bean, pool and customizers), not from that bean, which a
	 * {@code BeanPostProcessor} or an aspect may have wrapped; it has a rate limiter of its own.
	 */
	@Bean
	@ConditionalOnMissingBean
	@Conditional(AutoConfiguredTokensClientCondition.class)
	TokenManagementClient tokenManagementClient(DatabricksProperties properties, DatabricksConnectionDetails connection,
			TokensConnectionPool connections, ObjectProvider<DatabricksCredentialsProvider> credentials,
			ObjectProvider<WebClient.Builder> webClientBuilder, ObjectProvider<TokensClientCustomizer> customizers,
			ObjectProvider<ObservationRegistry> observations) {
		return TokenManagementClient.of(TokensClientFactory.create(properties, connection, credentials.getObject(),
				TokensClientAutoConfiguration.customized(connections, webClientBuilder, customizers),
				TokensClientAutoConfiguration.registry(observations), connections.secrets()));
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBean(name = "tokensClients", value = TokensClientRegistry.class)
	TokenManagementClientRegistry tokenManagementClients(TokensClientRegistry tokensClients) {
		Map<String, TokenManagementClient> clients = new LinkedHashMap<>();
		tokensClients.names().forEach((name) -> clients.put(name, TokenManagementClient.of(tokensClients.get(name))));
		return TokenManagementClientRegistry.of(clients);
	}

}
