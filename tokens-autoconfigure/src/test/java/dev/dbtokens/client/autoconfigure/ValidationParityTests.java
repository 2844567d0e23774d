package dev.dbtokens.client.autoconfigure;

import java.time.Duration;
import java.util.function.Supplier;
import java.util.stream.Stream;

import dev.dbtokens.client.DatabricksCredentialsProvider;
import dev.dbtokens.client.DatabricksHost;
import dev.dbtokens.client.RetrySettings;
import dev.dbtokens.client.TokensClient;
import dev.dbtokens.client.autoconfigure.diagnostics.InvalidDatabricksPropertyException;
import dev.dbtokens.client.autoconfigure.lifecycle.TokenLifecycleAutoConfiguration;
import dev.dbtokens.client.lifecycle.TokenLifecycle;
import dev.dbtokens.client.rotation.RotationPolicy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;

import static dev.dbtokens.client.support.TestSecrets.CONFIGURED_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.Mockito.mock;

/**
 * Every rule lives in the client type that owns the value: each bad value here is given both to
 * that type and to its property, and both refuse it with the same words, the property's failure
 * naming the property. A value the client type accepts is accepted as a property too.
 */
class ValidationParityTests {

	private static final String HOST = "https://adb-1.azuredatabricks.net";

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(WebClientAutoConfiguration.class, TokensClientAutoConfiguration.class,
				TokenLifecycleAutoConfiguration.class))
		.withPropertyValues("databricks.host=" + HOST, "databricks.token=" + CONFIGURED_TOKEN, "user.home=/nonexistent");

	static Stream<Arguments> badValues() {
		RetrySettings retry = RetrySettings.defaults();
		return Stream.of(
				bad("databricks.host", "ftp://workspace", () -> DatabricksHost.of("ftp://workspace", false)),
				bad("databricks.host", "http://10.1.2.3", () -> DatabricksHost.of("http://10.1.2.3", false)),
				bad("databricks.host", "https://exa mple.com", () -> DatabricksHost.of("https://exa mple.com", false)),
				bad("databricks.token", "dapi123 456", () -> DatabricksCredentialsProvider.personalAccessToken("dapi123 456")),
				bad("databricks.retry.max-attempts", "0", () -> retry.withMaxAttempts(0)),
				bad("databricks.retry.initial-backoff", "-1s", () -> retry.withInitialBackoff(Duration.ofSeconds(-1))),
				bad("databricks.retry.initial-backoff", "1m", () -> retry.withInitialBackoff(Duration.ofMinutes(1))),
				bad("databricks.retry.max-backoff", "-1s", () -> retry.withMaxBackoff(Duration.ofSeconds(-1))),
				bad("databricks.retry.max-retry-after", "-1s", () -> retry.withMaxRetryAfter(Duration.ofSeconds(-1))),
				bad("databricks.retry.timeout", "0s", () -> retry.withTimeout(Duration.ZERO)),
				bad("databricks.rate-limit.requests-per-second", "0", () -> TokensClient.builder().rateLimit(0)),
				bad("databricks.rate-limit.requests-per-second", "-2.5", () -> TokensClient.builder().rateLimit(-2.5)),
				bad("databricks.logging.max-body-length", "-1", () -> TokensClient.builder().maxLoggedBodyLength(-1)),
				bad("databricks.user-agent.product", "token portal", () -> TokensClient.builder().userAgentProduct("token portal")),
				bad("databricks.rotation.app.lifetime", "1500ms",
						() -> RotationPolicy.builder("app", Duration.ofMillis(1500)).build()),
				bad("databricks.rotation.app.rotate-at", "1.5",
						() -> RotationPolicy.builder("app", Duration.ofDays(1)).rotateAt(1.5).build()),
				bad("databricks.rotation.app.grace", "6h",
						() -> RotationPolicy.builder("app", Duration.ofDays(1)).grace(Duration.ofHours(6)).build()),
				bad("databricks.rotation.app.check-interval", "0s",
						() -> RotationPolicy.builder("app", Duration.ofDays(1)).checkInterval(Duration.ZERO).build()),
				bad("databricks.rotation.app.comment-tag", " ",
						() -> RotationPolicy.builder("app", Duration.ofDays(1)).commentTag(" ").build()),
				bad("databricks.lifecycle.revoke-concurrency", "0",
						() -> TokenLifecycle.of(mock(TokensClient.class)).withConcurrency(0)));
	}

	static Stream<Arguments> goodValues() {
		return Stream.of(Arguments.of("databricks.retry.initial-backoff", "0s"),
				Arguments.of("databricks.retry.max-retry-after", "0s"), Arguments.of("databricks.retry.max-attempts", "1"),
				Arguments.of("databricks.logging.max-body-length", "0"),
				Arguments.of("databricks.lifecycle.revoke-concurrency", "50"));
	}

	@ParameterizedTest(name = "{0}={1}")
	@MethodSource("badValues")
	void clientTypeAndPropertyGiveTheSameVerdict(String property, String value, Supplier<?> clientType) {
		IllegalArgumentException refused = catchThrowableOfType(IllegalArgumentException.class, clientType::get);
		assertThat(refused).as("the client type refuses %s", value).isNotNull();
		this.contextRunner.withPropertyValues(rotation(property), property + "=" + value).run((context) -> {
			assertThat(context).hasFailed();
			InvalidDatabricksPropertyException failure = findCause(context.getStartupFailure());
			assertThat(failure.property()).isEqualTo(property);
			assertThat(failure.getMessage()).isEqualTo("Invalid property '" + property + "': " + refused.getMessage());
		});
	}

	@ParameterizedTest(name = "{0}={1}")
	@MethodSource("goodValues")
	void valuesTheClientTypeAcceptsAreAcceptedAsProperties(String property, String value) {
		this.contextRunner.withPropertyValues(rotation(property), property + "=" + value)
			.run((context) -> assertThat(context).hasNotFailed().hasSingleBean(TokensClient.class));
	}

	private static String rotation(String property) {
		return property.startsWith("databricks.rotation.app.") && !property.endsWith(".lifetime")
				? "databricks.rotation.app.lifetime=1d" : "databricks.rotation.app.enabled=" + property.startsWith("databricks.rotation.");
	}

	private static Arguments bad(String property, String value, Supplier<?> clientType) {
		return Arguments.of(property, value, clientType);
	}

	private static InvalidDatabricksPropertyException findCause(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof InvalidDatabricksPropertyException invalid) {
				return invalid;
			}
		}
		throw new AssertionError("no InvalidDatabricksPropertyException in " + failure);
	}

}
