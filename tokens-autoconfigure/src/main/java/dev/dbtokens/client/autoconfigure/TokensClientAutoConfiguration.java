package dev.dbtokens.client.autoconfigure;

import dev.dbtokens.client.TokensClient;
import reactor.netty.http.client.HttpClient;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Auto-configures a {@link TokensClient} from the {@code databricks.*} properties, on a clone of
 * the application's {@link WebClient.Builder} (so its codecs and observations apply), customized by
 * every {@link TokensClientCustomizer} bean in order. The client has its own connection pool,
 * closed with the context.
 */
@AutoConfiguration(after = WebClientAutoConfiguration.class)
@ConditionalOnClass({ WebClient.class, HttpClient.class })
@ConditionalOnBooleanProperty(name = "databricks.tokens.enabled", matchIfMissing = true)
@EnableConfigurationProperties(DatabricksProperties.class)
public final class TokensClientAutoConfiguration {

	@Bean
	TokensConnectionPool tokensConnectionPool(DatabricksProperties properties) {
		return TokensClientFactory.connectionPool(properties);
	}

	@Bean
	@ConditionalOnMissingBean
	TokensClient tokensClient(DatabricksProperties properties, TokensConnectionPool tokensConnectionPool,
			ObjectProvider<WebClient.Builder> webClientBuilder, ObjectProvider<TokensClientCustomizer> customizers) {
		WebClient.Builder builder = webClientBuilder.getIfAvailable(WebClient::builder).clone();
		return TokensClientFactory.create(properties, tokensConnectionPool, builder,
				(customized) -> customizers.orderedStream().forEach((customizer) -> customizer.customize(customized)));
	}

}
