package dev.dbtokens.client.autoconfigure;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import dev.dbtokens.client.DatabricksCredentialsProvider;
import dev.dbtokens.client.RetrySettings;
import dev.dbtokens.client.TokensClient;
import dev.dbtokens.client.autoconfigure.diagnostics.PropertyValues;
import io.micrometer.observation.ObservationRegistry;

import org.springframework.web.reactive.function.client.WebClient;

import static dev.dbtokens.client.autoconfigure.diagnostics.InvalidDatabricksPropertyException.whenRefused;

/**
 * Builds clients from the {@code databricks.*} settings: the client types check the values, and a
 * refused one fails naming its property.
 */
final class TokensClientFactory {

	/** What to do about a refused retry setting: the rule is in the problem, said by {@link RetrySettings}. */
	private static final Map<String, String> RETRY_ACTIONS = retryActions(RetrySettings.defaults());

	private TokensClientFactory() {
	}

	private static Map<String, String> retryActions(RetrySettings defaults) {
		Map<String, Object> values = Map.of("max-attempts", defaults.maxAttempts(), "initial-backoff",
				PropertyValues.duration(defaults.initialBackoff()), "max-backoff", PropertyValues.duration(defaults.maxBackoff()),
				"max-retry-after", PropertyValues.duration(defaults.maxRetryAfter()), "timeout",
				PropertyValues.duration(defaults.timeout()));
		Map<String, String> actions = new HashMap<>();
		values.forEach((key, value) -> actions.put(key, "Correct databricks.retry." + key + " as the problem says, or remove it "
				+ "to use the default (" + value + ")."));
		return actions;
	}

	/**
	 * Builds a client for a workspace on a builder, obtained at the first request, that carries the
	 * connector and the customizations.
	 * @param secrets values besides the credentials' the client masks, e.g. the proxy password
	 */
	static TokensClient create(DatabricksProperties properties, DatabricksConnectionDetails connection,
			DatabricksCredentialsProvider credentials, Supplier<WebClient.Builder> webClientBuilder, ObservationRegistry observations,
			List<String> secrets) {
		TokensClient.Builder builder = TokensClient.builder()
			.host(connection.workspaceHost())
			.credentials(credentials)
			.webClientBuilder(webClientBuilder)
			.observationRegistry(observations);
		secrets.forEach(builder::secret);
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
