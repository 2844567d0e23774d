package dev.dbtokens.client.autoconfigure;

import java.time.Duration;
import java.util.function.Supplier;

import dev.dbtokens.client.DatabricksCredentialsProvider;
import dev.dbtokens.client.RetrySettings;
import dev.dbtokens.client.TokensClient;
import io.micrometer.observation.ObservationRegistry;

import org.springframework.web.reactive.function.client.WebClient;

/**
 * Checks the {@code databricks.*} settings and builds clients from them: every problem becomes an
 * {@link InvalidDatabricksPropertyException} naming the property.
 */
final class TokensClientFactory {

	private TokensClientFactory() {
	}

	/**
	 * Builds a client for a resolved workspace on a builder, obtained at the first request, that
	 * carries the connector and the customizations.
	 */
	static TokensClient create(DatabricksProperties properties, WorkspaceConnection workspace,
			DatabricksCredentialsProvider credentials, Supplier<WebClient.Builder> webClientBuilder, ObservationRegistry observations) {
		TokensClient.Builder builder = TokensClient.builder()
			.credentials(credentials)
			.webClientBuilder(webClientBuilder)
			.observationRegistry(observations)
			.retry(retrySettings(properties.getRetry()));
		Double requestsPerSecond = properties.getRateLimit().getRequestsPerSecond();
		if (requestsPerSecond != null) {
			if (!(requestsPerSecond > 0 && requestsPerSecond < Double.POSITIVE_INFINITY)) {
				throw new InvalidDatabricksPropertyException("databricks.rate-limit.requests-per-second",
						"it must be a positive number, was " + requestsPerSecond,
						"Set databricks.rate-limit.requests-per-second to a positive number such as 15, or remove it for no limit.");
			}
			builder.rateLimit(requestsPerSecond);
		}
		try {
			builder.maxLoggedBodyLength(properties.getLogging().getMaxBodyLength());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidDatabricksPropertyException("databricks.logging.max-body-length", ex.getMessage(),
					"Set databricks.logging.max-body-length to 0 or more characters, or remove it to use "
							+ TokensClient.Builder.DEFAULT_MAX_LOGGED_BODY_LENGTH + ".");
		}
		try {
			builder.userAgentProduct(properties.getUserAgent().getProduct());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidDatabricksPropertyException("databricks.user-agent.product", ex.getMessage(),
					"Set databricks.user-agent.product to name/version, e.g. token-portal/1.2.0.");
		}
		try {
			return builder.host(workspace.host()).allowInsecureHttp(properties.isAllowInsecureHttp()).build();
		}
		catch (IllegalArgumentException ex) {
			String action = ex.getMessage().contains("http://")
					? "Use an https:// workspace URL, or set databricks.allow-insecure-http=true if the network path is trusted."
					: workspace.hostAction();
			throw new InvalidDatabricksPropertyException(workspace.prefix() + ".host", ex.getMessage(), action);
		}
	}

	/**
	 * Checks the {@code databricks.http.*} properties and creates the pool and its connector, once.
	 */
	static TokensConnectionPool connectionPool(DatabricksHttpProperties http) {
		int maxConnections = http.getMaxConnections();
		if (maxConnections < 1) {
			throw new InvalidDatabricksPropertyException("databricks.http.max-connections", "it must be at least 1, was "
					+ maxConnections, "Set databricks.http.max-connections to a positive number such as 50, or remove it to use the default.");
		}
		Duration pendingAcquireTimeout = positive("databricks.http.pending-acquire-timeout",
				http.getPendingAcquireTimeout());
		return new TokensConnectionPool(maxConnections, pendingAcquireTimeout,
				positive("databricks.http.connect-timeout", http.getConnectTimeout()),
				positive("databricks.http.response-timeout", http.getResponseTimeout()));
	}

	private static RetrySettings retrySettings(DatabricksProperties.Retry retry) {
		if (retry.getMaxAttempts() < 1 || retry.getMaxAttempts() > RetrySettings.MAX_ATTEMPTS_LIMIT) {
			throw new InvalidDatabricksPropertyException("databricks.retry.max-attempts", "it must be at least 1 and at most "
					+ RetrySettings.MAX_ATTEMPTS_LIMIT + ", was " + retry.getMaxAttempts(), "Set databricks.retry.max-attempts to 1 (no retries) "
					+ "up to " + RetrySettings.MAX_ATTEMPTS_LIMIT + ", or remove it to use the default (4).");
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

	private static Duration positive(String property, Duration value) {
		if (value == null || value.isZero() || value.isNegative()) {
			throw new InvalidDatabricksPropertyException(property, "it must be a positive duration, was " + value,
					"Set " + property + " to a positive duration such as 10s, or remove it to use the default.");
		}
		return value;
	}

}
