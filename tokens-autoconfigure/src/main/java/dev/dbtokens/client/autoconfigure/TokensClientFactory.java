package dev.dbtokens.client.autoconfigure;

import java.time.Duration;

import dev.dbtokens.client.DatabricksCredentialsProvider;
import dev.dbtokens.client.TokensClient;
import io.micrometer.observation.ObservationRegistry;
import io.netty.channel.ChannelOption;
import reactor.netty.http.client.HttpClient;

import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Checks the {@code databricks.*} settings and builds clients from them: every problem becomes an
 * {@link InvalidDatabricksPropertyException} naming the property.
 */
final class TokensClientFactory {

	private TokensClientFactory() {
	}

	/**
	 * Sets the client's own Reactor Netty connector, configured by {@code databricks.http.*}, on the
	 * builder.
	 */
	static WebClient.Builder withConnector(DatabricksProperties properties, WebClient.Builder webClientBuilder) {
		Duration connectTimeout = positive("databricks.http.connect-timeout", properties.getHttp().getConnectTimeout());
		Duration responseTimeout = positive("databricks.http.response-timeout", properties.getHttp().getResponseTimeout());
		HttpClient httpClient = HttpClient.create()
			.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) Math.min(Integer.MAX_VALUE, connectTimeout.toMillis()))
			.responseTimeout(responseTimeout);
		return webClientBuilder.clientConnector(new ReactorClientHttpConnector(httpClient));
	}

	/**
	 * Builds a client for a resolved workspace on a builder that already carries the connector and
	 * the customizations.
	 */
	static TokensClient create(DatabricksProperties properties, WorkspaceConnection workspace,
			DatabricksCredentialsProvider credentials, WebClient.Builder webClientBuilder, ObservationRegistry observations) {
		TokensClient.Builder builder = TokensClient.builder()
			.credentials(credentials)
			.webClientBuilder(webClientBuilder)
			.observationRegistry(observations);
		try {
			builder.maxLoggedBodyLength(properties.getLogging().getMaxBodyLength());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidDatabricksPropertyException("databricks.logging.max-body-length", ex.getMessage(),
					"Set databricks.logging.max-body-length to 0 or more characters, or remove it to use 1024.");
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

	private static Duration positive(String property, Duration value) {
		if (value == null || value.isZero() || value.isNegative()) {
			throw new InvalidDatabricksPropertyException(property, "it must be a positive duration, was " + value,
					"Set " + property + " to a positive duration such as 10s, or remove it to use the default.");
		}
		return value;
	}

}
