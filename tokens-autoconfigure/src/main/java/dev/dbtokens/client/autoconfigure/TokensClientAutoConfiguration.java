package dev.dbtokens.client.autoconfigure;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import dev.dbtokens.client.DatabricksCredentialsProvider;
import dev.dbtokens.client.TokensClient;
import dev.dbtokens.client.TokensClientRegistry;
import dev.dbtokens.client.autoconfigure.http.DatabricksHttpProperties;
import dev.dbtokens.client.autoconfigure.http.TokensConnectionPool;
import dev.dbtokens.client.autoconfigure.http.TokensConnectionPoolFactory;
import io.micrometer.observation.ObservationRegistry;
import reactor.netty.http.client.HttpClient;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.ReactorResourceFactory;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Auto-configures a {@link TokensClient} from the {@code databricks.*} properties (and a
 * {@code ~/.databrickscfg} profile), and a {@link TokensClientRegistry} for the workspaces under
 * {@code databricks.workspaces}. Each client is built on a clone of the application's
 * {@link WebClient.Builder} (so its codecs and observations apply), customized by every
 * {@link TokensClientCustomizer} bean in order. The credentials come from a
 * {@link DatabricksCredentialsProvider} bean and the workspaces from {@link DatabricksConnectionDetails}
 * and {@link DatabricksWorkspacesConnectionDetails} beans: define your own and the configured ones
 * back off.
 * All clients share the starter's own connection pool, closed with the context.
 */
@AutoConfiguration(after = WebClientAutoConfiguration.class)
@ConditionalOnClass({ WebClient.class, HttpClient.class })
@ConditionalOnBooleanProperty(name = "databricks.tokens.enabled", matchIfMissing = true)
@EnableConfigurationProperties({ DatabricksProperties.class, DatabricksHttpProperties.class, DatabricksOAuthProperties.class })
public final class TokensClientAutoConfiguration {

	@Bean
	TokensConnectionPool tokensConnectionPool(DatabricksHttpProperties http, ObjectProvider<HttpClientSettings> settings,
			ObjectProvider<SslBundles> bundles, ObjectProvider<ReactorResourceFactory> resources) {
		return TokensConnectionPoolFactory.connectionPool(http, settings.getIfAvailable(), bundles.getIfAvailable(), System.getProperties(),
				resources.getIfUnique());
	}

	@Bean
	@ConditionalOnMissingBean
	DatabricksWorkspacesConnectionDetails databricksWorkspacesConnectionDetails(DatabricksProperties properties,
			DatabricksOAuthProperties oauth, TokensConnectionPool connections, Environment environment,
			ObjectProvider<WebClient.Builder> webClientBuilder, ObjectProvider<TokensClientCustomizer> customizers) {
		WorkspaceKeys.refuseUnknown(environment);
		Map<String, DatabricksConnectionDetails> workspaces = new LinkedHashMap<>();
		properties.getWorkspaces().forEach((name, workspace) -> workspaces.put(name,
				PropertiesDatabricksConnectionDetails.resolve("databricks.workspaces." + name, workspace, (variable) -> null,
						home(environment), properties.isAllowInsecureHttp(), customized(connections, webClientBuilder, customizers),
						oauth)));
		Map<String, DatabricksConnectionDetails> resolved = Collections.unmodifiableMap(workspaces);
		return () -> resolved;
	}

	@Bean
	@ConditionalOnMissingBean
	TokensClientRegistry tokensClients(DatabricksProperties properties, DatabricksWorkspacesConnectionDetails workspaces,
			TokensConnectionPool connections, ObjectProvider<WebClient.Builder> webClientBuilder,
			ObjectProvider<TokensClientCustomizer> customizers, ObjectProvider<ObservationRegistry> observations) {
		Map<String, TokensClient> clients = new LinkedHashMap<>();
		Map<String, String> hosts = new LinkedHashMap<>();
		workspaces.workspaces().forEach((name, connection) -> {
			clients.put(name, TokensClientFactory.create(properties, connection, connection.credentials(),
					customized(connections, webClientBuilder, customizers), registry(observations),
					connections.secrets()));
			hosts.put(name, connection.workspaceUri().toString());
		});
		return new NamedTokensClientRegistry(clients, hosts);
	}

	/**
	 * A clone of the application's builder (its codecs, observation and {@code WebClientCustomizer}s
	 * kept) without its default headers and cookies, those its {@code defaultRequest} puts on each
	 * request included, on the starter's connector.
	 */
	static WebClient.Builder builder(ObjectProvider<WebClient.Builder> webClientBuilder, TokensConnectionPool connections) {
		connections.checkOpen();
		return webClientBuilder.getIfAvailable(WebClient::builder)
			.clone()
			.defaultHeaders(HttpHeaders::clear)
			.defaultCookies(MultiValueMap::clear)
			.defaultRequest(TokensClientAutoConfiguration::withoutApplicationDefaults)
			.clientConnector(connections.connector());
	}

	/**
	 * Runs as each request is begun, after the application's {@code defaultRequest} consumers and
	 * before the client sets anything (and before the {@code TokensClientCustomizer}s' own): drops
	 * the headers and cookies they put on it, e.g. the application's {@code Authorization}, which
	 * would otherwise replace the token or go to Databricks beside it.
	 */
	private static void withoutApplicationDefaults(WebClient.RequestHeadersSpec<?> request) {
		request.headers(HttpHeaders::clear).cookies(MultiValueMap::clear);
	}

	/**
	 * The one lazy point of the starter: the builder every client and its OAuth requests start
	 * from, asked for at their first request, so that neither the application's
	 * {@code WebClient.Builder} (and the HTTP client Boot makes for it) nor the starter's pool slows
	 * the application's start. The connector first, then the customizers, which may replace it or
	 * add default headers.
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

		/** Lazy: an application that defines its own TokensClient need not configure a host. */
		@Bean
		@Lazy
		@ConditionalOnMissingBean
		DatabricksConnectionDetails databricksConnectionDetails(DatabricksProperties properties,
				DatabricksOAuthProperties oauth, Environment environment, TokensConnectionPool connections,
				ObjectProvider<WebClient.Builder> webClientBuilder, ObjectProvider<TokensClientCustomizer> customizers) {
			return PropertiesDatabricksConnectionDetails.resolve("databricks", properties, environment::getProperty,
					home(environment), properties.isAllowInsecureHttp(), customized(connections, webClientBuilder, customizers),
					oauth);
		}

		/** Made only when something needs it: an application's own {@code TokensClient} may need none. */
		@Bean
		@Lazy
		@ConditionalOnMissingBean
		DatabricksCredentialsProvider databricksCredentialsProvider(DatabricksConnectionDetails connection) {
			return connection.credentials();
		}

		@Bean
		@ConditionalOnMissingBean
		TokensClient tokensClient(DatabricksProperties properties, DatabricksConnectionDetails connection,
				TokensConnectionPool connections, ObjectProvider<DatabricksCredentialsProvider> credentials,
				ObjectProvider<WebClient.Builder> webClientBuilder,
				ObjectProvider<TokensClientCustomizer> customizers, ObjectProvider<ObservationRegistry> observations) {
			return TokensClientFactory.create(properties, connection, credentials.getObject(),
					customized(connections, webClientBuilder, customizers), registry(observations), connections.secrets());
		}

	}

}
