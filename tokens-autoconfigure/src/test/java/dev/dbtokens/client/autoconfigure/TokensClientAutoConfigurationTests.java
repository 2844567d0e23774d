package dev.dbtokens.client.autoconfigure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.dbtokens.client.RetrySettings;
import dev.dbtokens.client.TokensClient;
import dev.dbtokens.client.TokensClientRegistry;
import dev.dbtokens.client.autoconfigure.diagnostics.InvalidDatabricksPropertyFailureAnalyzer;
import dev.dbtokens.client.autoconfigure.http.TokensConnectionPool;
import dev.dbtokens.client.support.TestSecrets;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.netty.resources.ConnectionProvider;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.WebClientCustomizer;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.web.reactive.function.client.ClientRequest;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.dbtokens.client.support.TestSecrets.CONFIGURED_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.Mockito.mock;

/**
 * Every condition of the auto-configuration and every start-up failure it explains.
 */
class TokensClientAutoConfigurationTests {

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(WebClientAutoConfiguration.class, TokensClientAutoConfiguration.class));

	@Test
	void createsClientWhenHostAndTokenAreSet() {
		server.stubFor(get("/api/2.0/token/list").willReturn(okJson("{\"token_infos\":[{\"token_id\":\"t1\"}]}")));
		this.contextRunner.withPropertyValues("databricks.host=" + server.baseUrl(), "databricks.token=" + CONFIGURED_TOKEN)
			.run((context) -> {
				assertThat(context).hasSingleBean(TokensClient.class);
				assertThat(context.getBean(TokensClient.class).blocking().list()).hasSize(1);
			});
		server.verify(getRequestedFor(urlEqualTo("/api/2.0/token/list"))
			.withHeader("Authorization", equalTo("Bearer " + CONFIGURED_TOKEN)));
	}

	@Test
	void bindsTheDatabricksEnvironmentVariables() {
		server.stubFor(get("/api/2.0/token/list").willReturn(okJson("{}")));
		this.contextRunner.withInitializer((context) -> context.getEnvironment()
			.getPropertySources()
			.addFirst(new SystemEnvironmentPropertySource("env",
					Map.of("DATABRICKS_HOST", server.baseUrl(), "DATABRICKS_TOKEN", CONFIGURED_TOKEN))))
			.run((context) -> assertThat(context.getBean(TokensClient.class).blocking().list()).isEmpty());
		server.verify(getRequestedFor(urlEqualTo("/api/2.0/token/list"))
			.withHeader("Authorization", equalTo("Bearer " + CONFIGURED_TOKEN)));
	}

	@Test
	void backsOffWhenDisabled() {
		this.contextRunner.withPropertyValues("databricks.tokens.enabled=false")
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(TokensClient.class));
	}

	@Test
	void backsOffWhenUserDefinesTokensClient() {
		this.contextRunner.withUserConfiguration(UserClientConfiguration.class)
			.run((context) -> assertThat(context).hasNotFailed()
				.getBean(TokensClient.class)
				.isSameAs(context.getBean("myClient")));
	}

	@Test
	void backsOffWhenWebClientIsMissing() {
		this.contextRunner.withClassLoader(new FilteredClassLoader("org.springframework.web.reactive.function.client"))
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(TokensClient.class));
	}

	@Test
	void appliesCustomizersInOrderAndBootsWebClientCustomizersButSendsNoneOfTheApplicationsDefaultHeaders() {
		server.stubFor(get("/api/2.0/token/list").willReturn(okJson("{}")));
		this.contextRunner.withUserConfiguration(CustomizerConfiguration.class)
			.withPropertyValues("databricks.host=" + server.baseUrl(), "databricks.token=" + CONFIGURED_TOKEN)
			.run((context) -> {
				context.getBean(TokensClient.class).blocking().list();
				assertThat(context.getBean(CustomizerConfiguration.class).calls).containsExactly("first", "second");
			});
		server.verify(getRequestedFor(urlEqualTo("/api/2.0/token/list")).withHeader("X-Order", equalTo("second"))
			.withHeader("X-Filter-From-Boot", equalTo("yes"))
			.withoutHeader("X-Default-From-Boot"));
	}

	@Test
	void acceptsInsecureHttpOffLoopbackOnlyWhenAllowed() {
		this.contextRunner.withPropertyValues("databricks.host=http://workspace.internal", "databricks.token=" + CONFIGURED_TOKEN,
				"databricks.allow-insecure-http=true")
			.run((context) -> assertThat(context).hasSingleBean(TokensClient.class));
	}

	@ParameterizedTest(name = "{0}={1}")
	@CsvSource(delimiter = '|', value = {
			"databricks.host | '' | databricks.host' | is not set | Set databricks.host (or the environment variable DATABRICKS_HOST)",
			"databricks.host | ftp://workspace | databricks.host' | must use https:// | Set databricks.host",
			"databricks.host | https://exa mple.com | databricks.host' | is not a valid URL | Set databricks.host",
			"databricks.host | http://workspace.example.com | databricks.host' | plain http:// off loopback | databricks.allow-insecure-http=true",
			"databricks.token | '' | databricks.token' | is not set | Set databricks.token (or the environment variable DATABRICKS_TOKEN)",
			"databricks.token | dapi123 456 | databricks.token' | must not contain white space | Set databricks.token",
			"databricks.http.connect-timeout | 0s | databricks.http.connect-timeout' | positive duration | Set databricks.http.connect-timeout",
			"databricks.http.response-timeout | -1s | databricks.http.response-timeout' | positive duration | Set databricks.http.response-timeout",
			"databricks.logging.max-body-length | -1 | databricks.logging.max-body-length' | must not be negative | Set databricks.logging.max-body-length",
			"databricks.user-agent.product | token portal | databricks.user-agent.product' | name/version | Set databricks.user-agent.product to name/version",
			"databricks.http.max-connections | 0 | databricks.http.max-connections' | at least 1 | Set databricks.http.max-connections",
			"databricks.http.pending-acquire-timeout | 0s | databricks.http.pending-acquire-timeout' | positive duration | Set databricks.http.pending-acquire-timeout",
			"databricks.retry.max-attempts | 0 | databricks.retry.max-attempts' | at least 1 | Correct databricks.retry.max-attempts as the problem says, or remove it to use the default (4)",
			"databricks.retry.initial-backoff | -1s | databricks.retry.initial-backoff' | zero or a positive duration | Correct databricks.retry.initial-backoff",
			"databricks.retry.initial-backoff | 1m | databricks.retry.initial-backoff' | must not exceed maxBackoff (PT30S) | or remove it to use the default (500ms)",
			"databricks.retry.max-backoff | -1s | databricks.retry.max-backoff' | positive duration | Correct databricks.retry.max-backoff",
			"databricks.retry.max-retry-after | -1s | databricks.retry.max-retry-after' | positive duration | Correct databricks.retry.max-retry-after",
			"databricks.retry.timeout | 0s | databricks.retry.timeout' | positive duration | Correct databricks.retry.timeout",
			"databricks.rate-limit.requests-per-second | 0 | databricks.rate-limit.requests-per-second' | positive number | Set databricks.rate-limit.requests-per-second",
			"databricks.rate-limit.requests-per-second | -2.5 | databricks.rate-limit.requests-per-second' | positive number | or remove it for no limit" })
	void explainsEachBadPropertyAtStartUp(String property, String value, String named, String problem, String action) {
		List<String> properties = new ArrayList<>(List.of("databricks.host=https://adb-1.azuredatabricks.net",
				"databricks.token=" + CONFIGURED_TOKEN));
		properties.removeIf((p) -> p.startsWith(property + "="));
		properties.add(property + "=" + value);
		this.contextRunner.withPropertyValues(properties.toArray(String[]::new)).run((context) -> {
			assertThat(context).hasFailed();
			FailureAnalysis analysis = new InvalidDatabricksPropertyFailureAnalyzer().analyze(context.getStartupFailure());
			assertThat(analysis).isNotNull();
			assertThat(analysis.getDescription()).contains(named).contains(problem);
			assertThat(analysis.getAction()).contains(action);
			TestSecrets.assertNoSecretIn("failure analysis", analysis.getDescription() + analysis.getAction());
			TestSecrets.assertNoSecretIn(context.getStartupFailure());
		});
	}

	@Test
	void observesCallsWithTheApplicationsObservationRegistry() {
		server.stubFor(get("/api/2.0/token/list").willReturn(okJson("{}")));
		TestObservationRegistry registry = TestObservationRegistry.create();
		this.contextRunner.withBean(ObservationRegistry.class, () -> registry)
			.withPropertyValues("databricks.host=" + server.baseUrl(), "databricks.token=" + CONFIGURED_TOKEN,
					"databricks.user-agent.product=token-portal/1.2.0")
			.run((context) -> context.getBean(TokensClient.class).blocking().list());
		TestObservationRegistryAssert.assertThat(registry).hasObservationWithNameEqualTo("databricks.tokens");
		server.verify(getRequestedFor(urlEqualTo("/api/2.0/token/list"))
			.withHeader("User-Agent", com.github.tomakehurst.wiremock.client.WireMock.matching("token-portal/1\\.2\\.0 .*")));
	}

	@Test
	void appliesTheRetryProperties() {
		this.contextRunner.withPropertyValues("databricks.host=" + server.baseUrl(), "databricks.token=" + CONFIGURED_TOKEN,
				"databricks.retry.max-attempts=2", "databricks.retry.initial-backoff=10ms", "databricks.retry.max-backoff=1s",
				"databricks.retry.max-retry-after=5s", "databricks.retry.timeout=20s")
			.run((context) -> assertThat(context.getBean(TokensClient.class).retrySettings()).isEqualTo(
					new RetrySettings(2, Duration.ofMillis(10), Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(20))));
	}

	@Test
	void retriesWithTheDocumentedDefaults() {
		this.contextRunner.withPropertyValues("databricks.host=" + server.baseUrl(), "databricks.token=" + CONFIGURED_TOKEN)
			.run((context) -> assertThat(context.getBean(TokensClient.class).retrySettings()).isEqualTo(RetrySettings.defaults()));
	}

	@Test
	void spacesRequestsWhenARateLimitIsSet() {
		server.stubFor(get("/api/2.0/token/list").willReturn(okJson("{}")));
		this.contextRunner.withPropertyValues("databricks.host=" + server.baseUrl(), "databricks.token=" + CONFIGURED_TOKEN,
				"databricks.rate-limit.requests-per-second=10")
			.run((context) -> {
				TokensClient client = context.getBean(TokensClient.class);
				long start = System.nanoTime();
				Flux.range(0, 4).flatMap((i) -> client.list()).blockLast(Duration.ofSeconds(10));
				assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
			});
	}

	@Test
	void makesItsHttpClientAndRunsTheCustomizersAtTheFirstRequestNotAtStartUp() {
		server.stubFor(get("/api/2.0/token/list").willReturn(okJson("{}")));
		AtomicInteger customized = new AtomicInteger();
		this.contextRunner.withPropertyValues("databricks.host=" + server.baseUrl(), "databricks.token=" + CONFIGURED_TOKEN)
			.withBean(TokensClientCustomizer.class, () -> (builder) -> customized.incrementAndGet())
			.run((context) -> {
				TokensConnectionPool pool = context.getBean(TokensConnectionPool.class);
				TokensClient client = context.getBean(TokensClient.class);
				assertThat(pool.isOpen()).isFalse();
				assertThat(customized).hasValue(0);
				client.blocking().list();
				assertThat(pool.isOpen()).isTrue();
				client.blocking().list();
				assertThat(customized).hasValue(1);
			});
	}

	@Test
	void makesItsWebClientOffTheEventLoopWhenTheFirstRequestComesFromOne() {
		server.stubFor(get("/api/2.0/token/list").willReturn(okJson("{}")));
		AtomicReference<String> madeOn = new AtomicReference<>();
		this.contextRunner.withPropertyValues("databricks.host=" + server.baseUrl(), "databricks.token=" + CONFIGURED_TOKEN)
			.withBean(TokensClientCustomizer.class, () -> (builder) -> madeOn.set(Thread.currentThread().getName()))
			.run((context) -> {
				TokensClient client = context.getBean(TokensClient.class);
				Mono.defer(() -> client.list().collectList()).subscribeOn(Schedulers.parallel()).block(Duration.ofSeconds(10));
				assertThat(madeOn.get()).startsWith("boundedElastic");
			});
	}

	@Test
	void aFailingCustomizerFailsTheCallNamingWhatToCheckAndIsTriedAgainAtTheNextCall() {
		server.stubFor(get("/api/2.0/token/list").willReturn(okJson("{}")));
		AtomicInteger runs = new AtomicInteger();
		this.contextRunner.withPropertyValues("databricks.host=" + server.baseUrl(), "databricks.token=" + CONFIGURED_TOKEN)
			.withBean(TokensClientCustomizer.class, () -> (builder) -> {
				runs.incrementAndGet();
				throw new IllegalStateException("no proxy configured");
			})
			.run((context) -> {
				TokensClient client = context.getBean(TokensClient.class);
				assertThatIllegalStateException().isThrownBy(() -> client.blocking().list())
					.withMessageContaining("Could not make the WebClient of the Databricks tokens client")
					.withMessageContaining("no proxy configured")
					.withMessageContaining("TokensClientCustomizer");
				assertThat(runs).hasValue(1);
				assertThatIllegalStateException().isThrownBy(() -> client.blocking().list());
				assertThat(runs).hasValue(2);
			});
	}

	@Test
	void aClientUsedAfterItsContextIsClosedFailsSayingSoAndSendsNothing() {
		server.stubFor(get("/api/2.0/token/list").willReturn(okJson("{}")));
		AtomicReference<TokensClient> unused = new AtomicReference<>();
		AtomicReference<TokensClient> used = new AtomicReference<>();
		this.contextRunner.withPropertyValues("databricks.host=" + server.baseUrl(), "databricks.token=" + CONFIGURED_TOKEN,
				"databricks.workspaces.other.host=" + server.baseUrl(), "databricks.workspaces.other.token=" + CONFIGURED_TOKEN)
			.run((context) -> {
				unused.set(context.getBean(TokensClient.class).withRetry(RetrySettings.noRetries()));
				used.set(context.getBean(TokensClientRegistry.class).get("other").withRetry(RetrySettings.noRetries()));
				used.get().blocking().list();
			});
		server.resetRequests();
		assertThatIllegalStateException().isThrownBy(() -> unused.get().blocking().list())
			.withMessageContaining("the Databricks connection pool is closed");
		assertThatExceptionOfType(RuntimeException.class).isThrownBy(() -> used.get().blocking().list())
			.withMessageContaining("the Databricks connection pool is closed");
		assertThat(server.getAllServeEvents()).isEmpty();
	}

	@Test
	void closesItsOwnConnectionPoolWithTheContext() {
		server.stubFor(get("/api/2.0/token/list").willReturn(okJson("{}")));
		AtomicReference<ConnectionProvider> pool = new AtomicReference<>();
		this.contextRunner.withPropertyValues("databricks.host=" + server.baseUrl(), "databricks.token=" + CONFIGURED_TOKEN,
				"databricks.http.max-connections=7")
			.run((context) -> {
				ConnectionProvider provider = context.getBean(TokensConnectionPool.class).provider();
				assertThat(provider.name()).isEqualTo("databricks-tokens");
				assertThat(provider.maxConnections()).isEqualTo(7);
				context.getBean(TokensClient.class).blocking().list();
				assertThat(provider.isDisposed()).isFalse();
				pool.set(provider);
			});
		assertThat(pool.get().isDisposed()).isTrue();
	}

	@Test
	void propertiesNeverPrintTheToken() {
		DatabricksProperties properties = new DatabricksProperties();
		properties.setToken(CONFIGURED_TOKEN);
		assertThat(properties.toString()).doesNotContain(CONFIGURED_TOKEN).contains("<redacted>");
	}

	@Configuration(proxyBeanMethods = false)
	static class UserClientConfiguration {

		@Bean
		TokensClient myClient() {
			return mock(TokensClient.class);
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class CustomizerConfiguration {

		final List<String> calls = new ArrayList<>();

		@Bean
		@Order(2)
		TokensClientCustomizer second() {
			return (builder) -> {
				this.calls.add("second");
				builder.defaultHeader("X-Order", "second");
			};
		}

		@Bean
		@Order(1)
		TokensClientCustomizer first() {
			return (builder) -> {
				this.calls.add("first");
				builder.defaultHeader("X-Order", "first");
			};
		}

		@Bean
		WebClientCustomizer fromBoot() {
			return (builder) -> builder.defaultHeader("X-Default-From-Boot", "no")
				.filter((request, next) -> next.exchange(ClientRequest.from(request).header("X-Filter-From-Boot", "yes").build()));
		}

	}

}
