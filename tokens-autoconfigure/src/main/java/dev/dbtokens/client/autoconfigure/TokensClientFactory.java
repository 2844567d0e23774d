package dev.dbtokens.client.autoconfigure;

import java.util.Map;
import java.util.function.Supplier;

import dev.dbtokens.client.DatabricksCredentialsProvider;
import dev.dbtokens.client.RetrySettings;
import dev.dbtokens.client.TokensClient;
import io.micrometer.observation.ObservationRegistry;

import org.springframework.web.reactive.function.client.WebClient;

import static dev.dbtokens.client.autoconfigure.diagnostics.InvalidDatabricksPropertyException.whenRefused;

/**
 * Builds clients from the {@code databricks.*} settings: the client types check the values, and a
 * refused one fails naming its property.
 */
final class TokensClientFactory {

	private static final Map<String, String> RETRY_ACTIONS = Map.of(
			"max-attempts", "Set databricks.retry.max-attempts to 1 (no retries) or more, or remove it to use the default ("
					+ RetrySettings.defaults().maxAttempts() + ").",
			"initial-backoff", "Set databricks.retry.initial-backoff below databricks.retry.max-backoff (zero or more, "
					+ "e.g. 500ms), or remove it to use the default.",
			"max-backoff", "Set databricks.retry.max-backoff to zero or more, at least databricks.retry.initial-backoff "
					+ "(e.g. 30s), or remove it to use the default.",
			"max-retry-after", "Set databricks.retry.max-retry-after to zero or more (e.g. 60s), or remove it to use the default.",
			"timeout", "Set databricks.retry.timeout to a positive duration such as 5m, or remove it to use the default.");

	private TokensClientFactory() {
	}

	/**
	 * Builds a client for a workspace on a builder, obtained at the first request, that carries the
	 * connector and the customizations.
	 */
	static TokensClient create(DatabricksProperties properties, DatabricksConnectionDetails connection,
			DatabricksCredentialsProvider credentials, Supplier<WebClient.Builder> webClientBuilder, ObservationRegistry observations) {
		TokensClient.Builder builder = TokensClient.builder()
			.host(connection.workspaceHost())
			.credentials(credentials)
			.webClientBuilder(webClientBuilder)
			.observationRegistry(observations);
		DatabricksProperties.Retry retry = properties.getRetry();
		whenRefused("databricks.retry", RETRY_ACTIONS, () -> builder.retry(new RetrySettings(retry.getMaxAttempts(),
				retry.getInitialBackoff(), retry.getMaxBackoff(), retry.getMaxRetryAfter(), retry.getTimeout())));
		Double requestsPerSecond = properties.getRateLimit().getRequestsPerSecond();
		if (requestsPerSecond != null) {
			whenRefused("databricks.rate-limit", Map.of("requests-per-second", "Set databricks.rate-limit.requests-per-second "
					+ "to a positive number such as 15, or remove it for no limit."), () -> builder.rateLimit(requestsPerSecond));
		}
		whenRefused("databricks.logging", Map.of("max-body-length", "Set databricks.logging.max-body-length to 0 or more "
				+ "characters, or remove it to use " + TokensClient.Builder.DEFAULT_MAX_LOGGED_BODY_LENGTH + "."),
				() -> builder.maxLoggedBodyLength(properties.getLogging().getMaxBodyLength()));
		whenRefused("databricks.user-agent", Map.of("product", "Set databricks.user-agent.product to name/version, e.g. "
				+ "token-portal/1.2.0."), () -> builder.userAgentProduct(properties.getUserAgent().getProduct()));
		return builder.build();
	}

}
