package dev.dbtokens.client.autoconfigure;

import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.dbtokens.client.TokensClient;
import dev.dbtokens.client.autoconfigure.diagnostics.InvalidDatabricksPropertyFailureAnalyzer;
import dev.dbtokens.client.autoconfigure.lifecycle.TokenLifecycleAutoConfiguration;
import dev.dbtokens.client.autoconfigure.lifecycle.TokenRotatedEvent;
import dev.dbtokens.client.autoconfigure.lifecycle.TokenRotationFailedEvent;
import dev.dbtokens.client.lifecycle.TokenLifecycle;
import dev.dbtokens.client.rotation.RotationFailure;
import dev.dbtokens.client.rotation.TokenRotation;
import dev.dbtokens.client.rotation.TokenRotationRegistry;
import dev.dbtokens.client.support.TestSecrets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.dbtokens.client.support.TestSecrets.CONFIGURED_TOKEN;
import static dev.dbtokens.client.support.TestSecrets.CREATED_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.Mockito.mock;

/**
 * The lifecycle and rotation beans, their properties and every bad value they explain. A stub
 * plays a workspace without tokens whose create answers {@link TestSecrets#CREATED_TOKEN}, so the
 * secret scan watches the rotation, its events and its logs.
 */
class TokenLifecycleAutoConfigurationTests {

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	static final Clock clock = Clock.fixed(Instant.parse("2025-01-06T09:00:00Z"), ZoneOffset.UTC);

	static final String CREATED = "{\"token_value\":\"" + CREATED_TOKEN + "\",\"token_info\":{\"token_id\":\"tok-1\","
			+ "\"comment\":\"rotation:app\",\"creation_time\":1736154000000,\"expiry_time\":1736197200000}}";

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(WebClientAutoConfiguration.class, TokensClientAutoConfiguration.class,
				TokenLifecycleAutoConfiguration.class))
		.withBean(Clock.class, () -> clock);

	private ApplicationContextRunner onServer() {
		return this.contextRunner.withPropertyValues("databricks.host=" + server.baseUrl(), "databricks.token=" + CONFIGURED_TOKEN);
	}

	@Test
	void createsTokenLifecycleOnTheTokensClientWithTheClockBeanAndTheConcurrency() {
		onServer().withPropertyValues("databricks.lifecycle.revoke-concurrency=3").run((context) -> {
			TokenLifecycle lifecycle = context.getBean(TokenLifecycle.class);
			assertThat(lifecycle.client()).isSameAs(context.getBean(TokensClient.class));
			assertThat(lifecycle.clock()).isSameAs(clock);
			assertThat(lifecycle.concurrency()).isEqualTo(3);
			assertThat(context.getBean(TokenRotationRegistry.class).names()).isEmpty();
		});
	}

	@Test
	void backsOffWhenUserDefinesTokenLifecycle() {
		onServer().withUserConfiguration(UserLifecycleConfiguration.class)
			.run((context) -> assertThat(context).getBean(TokenLifecycle.class)
				.isSameAs(context.getBean(UserLifecycleConfiguration.class).lifecycle));
	}

	@Test
	void hasNoTokenLifecycleWhenOnlyNamedWorkspacesAreConfigured() {
		this.contextRunner.withPropertyValues("databricks.workspaces.eu.host=" + server.baseUrl(),
				"databricks.workspaces.eu.token=" + CONFIGURED_TOKEN)
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(TokenLifecycle.class));
	}

	@Test
	void backsOffWhenTokensAreDisabled() {
		this.contextRunner.withPropertyValues("databricks.tokens.enabled=false", "databricks.rotation.app.lifetime=1d")
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(TokenLifecycle.class)
				.doesNotHaveBean(TokenRotationRegistry.class));
	}

	@Test
	void rotationPublishesTheNewTokenAtStartAndStopsWhenTheContextCloses() {
		server.stubFor(get("/api/2.0/token/list").willReturn(okJson("{}")));
		server.stubFor(post("/api/2.0/token/create").willReturn(okJson(CREATED)));
		List<TokenRotation> seen = new ArrayList<>();
		onServer().withUserConfiguration(EventsConfiguration.class)
			.withPropertyValues("databricks.rotation.app.lifetime=12h", "databricks.rotation.app.rotate-at=0.5",
					"databricks.rotation.app.grace=30m", "databricks.rotation.app.check-interval=5m")
			.run((context) -> {
				TokenRotation rotation = context.getBean(TokenRotationRegistry.class).get("app");
				seen.add(rotation);
				assertThat(rotation.policy().rotationWindow()).isEqualTo(Duration.ofHours(6));
				assertThat(rotation.isRunning()).isTrue();
				List<ApplicationEvent> events = context.getBean(Events.class).events;
				await().until(() -> !events.isEmpty());
				TokenRotatedEvent event = (TokenRotatedEvent) events.get(0);
				assertThat(event.getRotation()).isEqualTo("app");
				assertThat(event.getToken().value()).isEqualTo(CREATED_TOKEN);
				TestSecrets.assertNoSecretIn("event", event.toString());
				assertThat(rotation.current()).contains(event.getToken());
			});
		assertThat(seen).singleElement().satisfies((rotation) -> assertThat(rotation.isRunning()).isFalse());
		server.verify(postRequestedFor(urlEqualTo("/api/2.0/token/create"))
			.withRequestBody(matchingJsonPath("$.comment", matching("rotation:app@[0-9a-f]{12}")))
			.withRequestBody(matchingJsonPath("$.lifetime_seconds", equalTo("43200"))));
	}

	@Test
	void rotationPublishesAFailedEventWhenAStepFails() {
		server.stubFor(get("/api/2.0/token/list").willReturn(aResponse().withStatus(503)));
		onServer().withUserConfiguration(EventsConfiguration.class)
			.withPropertyValues("databricks.rotation.app.lifetime=1d")
			.run((context) -> {
				List<ApplicationEvent> events = context.getBean(Events.class).events;
				await().until(() -> !events.isEmpty());
				assertThat(events.get(0)).isInstanceOfSatisfying(TokenRotationFailedEvent.class,
						(event) -> assertThat(event.getFailure().step()).isEqualTo(RotationFailure.Step.LIST));
			});
	}

	@Test
	void rotationOfANamedWorkspaceUsesThatWorkspacesClientAndTheCommentTag() {
		server.stubFor(get("/api/2.0/token/list").willReturn(okJson("{}")));
		server.stubFor(post("/api/2.0/token/create").willReturn(okJson(CREATED)));
		onServer().withUserConfiguration(EventsConfiguration.class)
			.withPropertyValues("databricks.workspaces.bob.host=" + server.baseUrl(), "databricks.workspaces.bob.token=dapiB0B",
					"databricks.rotation.bobs.workspace=bob", "databricks.rotation.bobs.comment-tag=bob-service",
					"databricks.rotation.off.enabled=false")
			.run((context) -> {
				assertThat(context.getBean(TokenRotationRegistry.class).names()).containsExactly("bobs");
				List<ApplicationEvent> events = context.getBean(Events.class).events;
				await().until(() -> !events.isEmpty());
			});
		server.verify(postRequestedFor(urlEqualTo("/api/2.0/token/create")).withHeader("Authorization", equalTo("Bearer dapiB0B"))
			.withRequestBody(matchingJsonPath("$.comment", matching("bob-service@[0-9a-f]{12}"))));
	}

	@ParameterizedTest(name = "{0}={1}")
	@CsvSource(delimiter = '|', value = {
			"databricks.rotation.app.lifetime | 0s | rotation.app.lifetime' | whole number of seconds | Set databricks.rotation.app.lifetime",
			"databricks.rotation.app.lifetime | 1500ms | rotation.app.lifetime' | whole number of seconds | 1d or 12h",
			"databricks.rotation.app.rotate-at | 1.5 | rotation.app.rotate-at' | between 0 and 1 | use the default (0.25)",
			"databricks.rotation.app.rotate-at | 0 | rotation.app.rotate-at' | between 0 and 1 | use the default (0.25)",
			"databricks.rotation.app.grace | -1s | rotation.app.grace' | zero or more | Correct databricks.rotation.app.grace",
			"databricks.rotation.app.grace | 6h | rotation.app.grace' | shorter than lifetime × rotateAt (PT6H) | raise databricks.rotation.app.rotate-at",
			"databricks.rotation.app.check-interval | 0s | rotation.app.check-interval' | must be positive | Correct databricks.rotation.app.check-interval",
			"databricks.rotation.app.check-interval | 7h | rotation.app.check-interval' | shorter than lifetime × rotateAt | use the default (1m)",
			"databricks.rotation.app.comment-tag | ' ' | rotation.app.comment-tag' | must not be null or blank | rotation:app",
			"databricks.rotation.app.workspace | nowhere | rotation.app.workspace' | no workspace named 'nowhere' | one of the workspaces []",
			"databricks.lifecycle.revoke-concurrency | 0 | lifecycle.revoke-concurrency' | at least 1 | Correct databricks.lifecycle.revoke-concurrency",
			"databricks.lifecycle.revoke-concurrency | 51 | lifecycle.revoke-concurrency' | must not exceed databricks.http.max-connections (50) | at most 50, or raise databricks.http.max-connections" })
	void explainsEachBadLifecyclePropertyAtStartUp(String property, String value, String named, String problem, String action) {
		onServer().withPropertyValues("databricks.rotation.app.lifetime=1d", property + "=" + value).run((context) -> {
			assertThat(context).hasFailed();
			FailureAnalysis analysis = new InvalidDatabricksPropertyFailureAnalyzer().analyze(context.getStartupFailure());
			assertThat(analysis).isNotNull();
			assertThat(analysis.getDescription()).contains(named).contains(problem);
			assertThat(analysis.getAction()).contains(action);
		});
	}

	@Test
	void revokesAsManyAtOnceAsThePoolHasConnections() {
		onServer().withPropertyValues("databricks.http.max-connections=64", "databricks.lifecycle.revoke-concurrency=64")
			.run((context) -> assertThat(context).hasNotFailed().hasSingleBean(TokenLifecycle.class));
	}

	@Test
	void explainsARotationWithoutAWorkspaceWhenOnlyNamedWorkspacesAreConfigured() {
		this.contextRunner.withPropertyValues("databricks.workspaces.eu.host=" + server.baseUrl(),
				"databricks.workspaces.eu.token=" + CONFIGURED_TOKEN, "databricks.rotation.app.lifetime=1d")
			.run((context) -> {
				FailureAnalysis analysis = new InvalidDatabricksPropertyFailureAnalyzer().analyze(context.getStartupFailure());
				assertThat(analysis.getDescription()).contains("databricks.rotation.app.workspace").contains("no single default");
				assertThat(analysis.getAction()).contains("one of the workspaces [eu]");
			});
	}

	@Test
	void metadataDescribesTheRotationAndLifecycleProperties() throws Exception {
		JsonNode metadata;
		try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
			metadata = JsonMapper.builder().build().readTree(in);
		}
		List<String> names = new ArrayList<>();
		metadata.get("properties").forEach((property) -> names.add(property.get("name").asString()));
		assertThat(names).contains("databricks.rotation", "databricks.lifecycle.revoke-concurrency");
	}

	@Configuration(proxyBeanMethods = false)
	static class UserLifecycleConfiguration {

		final TokenLifecycle lifecycle = TokenLifecycle.of(mock(TokensClient.class));

		@Bean
		TokenLifecycle userLifecycle() {
			return this.lifecycle;
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class EventsConfiguration {

		@Bean
		Events events() {
			return new Events();
		}

	}

	static class Events implements ApplicationListener<ApplicationEvent> {

		final List<ApplicationEvent> events = new CopyOnWriteArrayList<>();

		@Override
		public void onApplicationEvent(ApplicationEvent event) {
			if (event instanceof TokenRotatedEvent || event instanceof TokenRotationFailedEvent) {
				this.events.add(event);
			}
		}

	}

}
