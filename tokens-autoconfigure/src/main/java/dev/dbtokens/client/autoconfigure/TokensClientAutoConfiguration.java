package dev.dbtokens.client.autoconfigure;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import dev.dbtokens.client.DatabricksCredentialsProvider;
import dev.dbtokens.client.TokensClient;
import io.micrometer.observation.ObservationRegistry;
import reactor.netty.http.client.HttpClient;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.env.Environment;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Auto-configures a {@link TokensClient} from the {@code databricks.*} properties (and a
 * {@code ~/.databrickscfg} profile), and a {@link TokensClients} for the workspaces under
 * {@code databricks.workspaces}. Each client is built on a clone of the application's
 * {@link WebClient.Builder} (so its codecs and observations apply), customized by every
 * {@link TokensClientCustomizer} bean in order. The credentials come from a
 * {@link DatabricksCredentialsProvider} bean: define your own and the configured one backs off.
 * All clients share the starter's own connection pool, closed with the context.
 */
@AutoConfiguration(after = WebClientAutoConfiguration.class)
@ConditionalOnClass({ WebClient.class, HttpClient.class })
@ConditionalOnBooleanProperty(name = "databricks.tokens.enabled", matchIfMissing = true)
@EnableConfigurationProperties({ DatabricksProperties.class, DatabricksHttpProperties.class })
public final class TokensClientAutoConfiguration {

	@Bean
	TokensConnectionPool tokensConnectionPool(DatabricksHttpProperties http) {
		return TokensClientFactory.connectionPool(http);
	}

	@Bean
	@ConditionalOnMissingBean
	TokensClients tokensClients(DatabricksProperties properties, TokensConnectionPool connections, Environment environment,
			ObjectProvider<WebClient.Builder> webClientBuilder, ObjectProvider<TokensClientCustomizer> customizers,
			ObjectProvider<ObservationRegistry> observations) {
		Map<String, TokensClient> clients = new LinkedHashMap<>();
		Map<String, String> hosts = new LinkedHashMap<>();
		properties.getWorkspaces().forEach((name, workspace) -> {
			WorkspaceConnection connection = WorkspaceConnection.resolve("databricks.workspaces." + name, workspace,
					(variable) -> null, home(environment));
			DatabricksCredentialsProvider credentials = connection.credentials(() -> builder(webClientBuilder, connections));
			clients.put(name, TokensClientFactory.create(properties, connection, credentials,
					customized(connections, webClientBuilder, customizers), registry(observations)));
			hosts.put(name, connection.host());
		});
		return new NamedTokensClients(clients, hosts);
	}

	/** A clone of the application's builder on the starter's connector. */
	static WebClient.Builder builder(ObjectProvider<WebClient.Builder> webClientBuilder, TokensConnectionPool connections) {
		connections.checkOpen();
		return webClientBuilder.getIfAvailable(WebClient::builder).clone().clientConnector(connections.connector());
	}

	/**
	 * The connector first, then the customizers, which may replace it; obtained at the client's
	 * first request, so that neither the application's {@code WebClient.Builder} (and the HTTP
	 * client Boot makes for it) nor the starter's pool slows the application's start.
	 */
	static Supplier<WebClient.Builder> customized(TokensConnectionPool connections,
			ObjectProvider<WebClient.Builder> webClientBuilder, ObjectProvider<TokensClientCustomizer> customizers) {
		return () -> {
			WebClient.Builder builder = builder(webClientBuilder, connections);
			customizers.orderedStream().forEach((customizer) -> customizer.customize(builder));
			return builder;
		};
	}

	static ObservationRegistry registry(ObjectProvider<ObservationRegistry> observations) {
		return observations.getIfAvailable(() -> ObservationRegistry.NOOP);
	}

	static Path home(Environment environment) {
		return Path.of(environment.getProperty("user.home", "."));
	}

	/**
	 * The top-level workspace: present unless only {@code databricks.workspaces.*} are configured.
	 */
	@Configuration(proxyBeanMethods = false)
	@Conditional(DefaultWorkspaceCondition.class)
	static class DefaultWorkspaceConfiguration {

		@Bean
		WorkspaceConnection databricksWorkspaceConnection(DatabricksProperties properties, Environment environment) {
			return WorkspaceConnection.resolve("databricks", properties, environment::getProperty, home(environment));
		}

		@Bean
		@Lazy
		@ConditionalOnMissingBean
		DatabricksCredentialsProvider databricksCredentialsProvider(WorkspaceConnection connection,
				TokensConnectionPool connections, ObjectProvider<WebClient.Builder> webClientBuilder) {
			return connection.credentials(() -> builder(webClientBuilder, connections));
		}

		@Bean
		@ConditionalOnMissingBean
		TokensClient tokensClient(DatabricksProperties properties, WorkspaceConnection connection,
				TokensConnectionPool connections, ObjectProvider<DatabricksCredentialsProvider> credentials,
				ObjectProvider<WebClient.Builder> webClientBuilder,
				ObjectProvider<TokensClientCustomizer> customizers, ObjectProvider<ObservationRegistry> observations) {
			connection.host(); // a missing host is reported before anything about credentials
			return TokensClientFactory.create(properties, connection, credentials.getObject(),
					customized(connections, webClientBuilder, customizers), registry(observations));
		}

	}

}
