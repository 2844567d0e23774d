package dev.dbtokens.client.autoconfigure;

import java.time.Duration;
import java.util.function.Consumer;

import dev.dbtokens.client.DatabricksCredentialsProvider;
import dev.dbtokens.client.RetrySettings;
import dev.dbtokens.client.TokensClient;
import io.netty.channel.ChannelOption;
import reactor.netty.http.client.HttpClient;

import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Checks the {@code databricks.*} properties and builds a {@link TokensClient} from them: every
 * problem becomes an {@link InvalidDatabricksPropertyException} naming the property.
 */
final class TokensClientFactory {

	static final String HOST_ACTION = "Set databricks.host (or the environment variable DATABRICKS_HOST) to the URL of your "
			+ "Databricks workspace, e.g. https://adb-1234567890123456.7.azuredatabricks.net, "
			+ "or set databricks.tokens.enabled=false if this application does not call Databricks.";

	static final String TOKEN_ACTION = "Set databricks.token (or the environment variable DATABRICKS_TOKEN) to a Databricks "
			+ "personal access token (User Settings > Developer > Access tokens), "
			+ "or set databricks.tokens.enabled=false if this application does not call Databricks.";

	private TokensClientFactory() {
	}

	/**
	 * Builds the client; the customizations run after the connector is set, so they may replace it.
	 */
	static TokensClient create(DatabricksProperties properties, TokensConnectionPool connections,
			WebClient.Builder webClientBuilder, Consumer<WebClient.Builder> customizations) {
		String host = properties.getHost();
		if (host == null || host.isBlank()) {
			throw new InvalidDatabricksPropertyException("databricks.host", "it is not set", HOST_ACTION);
		}
		DatabricksCredentialsProvider credentials = credentials(properties);
		Duration connectTimeout = positive("databricks.http.connect-timeout", properties.getHttp().getConnectTimeout());
		Duration responseTimeout = positive("databricks.http.response-timeout", properties.getHttp().getResponseTimeout());
		RetrySettings retry = retrySettings(properties.getRetry());
		Double requestsPerSecond = properties.getRateLimit().getRequestsPerSecond();
		if (requestsPerSecond != null && !(requestsPerSecond > 0 && requestsPerSecond < Double.POSITIVE_INFINITY)) {
			throw new InvalidDatabricksPropertyException("databricks.rate-limit.requests-per-second",
					"it must be a positive number, was " + requestsPerSecond,
					"Set databricks.rate-limit.requests-per-second to a positive number such as 15, or remove it for no limit.");
		}
		HttpClient httpClient = HttpClient.create(connections.provider())
			.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) Math.min(Integer.MAX_VALUE, connectTimeout.toMillis()))
			.responseTimeout(responseTimeout);
		webClientBuilder.clientConnector(new ReactorClientHttpConnector(httpClient));
		customizations.accept(webClientBuilder);
		try {
			TokensClient.Builder builder = TokensClient.builder()
				.host(host)
				.allowInsecureHttp(properties.isAllowInsecureHttp())
				.credentials(credentials)
				.webClientBuilder(webClientBuilder)
				.retry(retry);
			if (requestsPerSecond != null) {
				builder.rateLimit(requestsPerSecond);
			}
			return builder.build();
		}
		catch (IllegalArgumentException ex) {
			String action = ex.getMessage().contains("http://")
					? "Use an https:// workspace URL, or set databricks.allow-insecure-http=true if the network path is trusted."
					: HOST_ACTION;
			throw new InvalidDatabricksPropertyException("databricks.host", ex.getMessage(), action);
		}
	}

	/**
	 * Checks the pool properties and creates the pool.
	 */
	static TokensConnectionPool connectionPool(DatabricksProperties properties) {
		int maxConnections = properties.getHttp().getMaxConnections();
		if (maxConnections < 1) {
			throw new InvalidDatabricksPropertyException("databricks.http.max-connections", "it must be at least 1, was "
					+ maxConnections, "Set databricks.http.max-connections to a positive number such as 50, or remove it to use the default.");
		}
		Duration pendingAcquireTimeout = positive("databricks.http.pending-acquire-timeout",
				properties.getHttp().getPendingAcquireTimeout());
		return new TokensConnectionPool(maxConnections, pendingAcquireTimeout);
	}

	private static RetrySettings retrySettings(DatabricksProperties.Retry retry) {
		if (retry.getMaxAttempts() < 1) {
			throw new InvalidDatabricksPropertyException("databricks.retry.max-attempts", "it must be at least 1, was "
					+ retry.getMaxAttempts(), "Set databricks.retry.max-attempts to 1 (no retries) or more, or remove it to use the default (4).");
		}
		Duration initialBackoff = positive("databricks.retry.initial-backoff", retry.getInitialBackoff());
		Duration maxBackoff = positive("databricks.retry.max-backoff", retry.getMaxBackoff());
		if (initialBackoff.compareTo(maxBackoff) > 0) {
			throw new InvalidDatabricksPropertyException("databricks.retry.initial-backoff", "it must not exceed databricks.retry.max-backoff ("
					+ maxBackoff + "), was " + initialBackoff, "Set databricks.retry.initial-backoff below databricks.retry.max-backoff, or raise the latter.");
		}
		return new RetrySettings(retry.getMaxAttempts(), initialBackoff, maxBackoff,
				positive("databricks.retry.max-retry-after", retry.getMaxRetryAfter()),
				positive("databricks.retry.timeout", retry.getTimeout()));
	}

	private static DatabricksCredentialsProvider credentials(DatabricksProperties properties) {
		String token = properties.getToken();
		if (token == null || token.isBlank()) {
			throw new InvalidDatabricksPropertyException("databricks.token", "it is not set", TOKEN_ACTION);
		}
		try {
			return DatabricksCredentialsProvider.personalAccessToken(token);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidDatabricksPropertyException("databricks.token", ex.getMessage(), TOKEN_ACTION);
		}
	}

	private static Duration positive(String property, Duration value) {
		if (value == null || value.isZero() || value.isNegative()) {
			throw new InvalidDatabricksPropertyException(property, "it must be a positive duration, was " + value,
					"Set " + property + " to a positive duration such as 10s, or remove it to use the default.");
		}
		return value;
	}

}
