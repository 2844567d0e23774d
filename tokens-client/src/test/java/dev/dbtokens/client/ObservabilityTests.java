package dev.dbtokens.client;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.dbtokens.client.error.ResourceDoesNotExistException;
import dev.dbtokens.client.support.CapturingAppender;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;
import io.micrometer.observation.tck.TestObservationRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.test.StepVerifier;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.dbtokens.client.support.TestSecrets.CONFIGURED_TOKEN;
import static dev.dbtokens.client.support.TestSecrets.CREATED_TOKEN;
import static io.micrometer.observation.tck.TestObservationRegistryAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Observations, the redacted wire log and the User-Agent.
 */
class ObservabilityTests {

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final TestObservationRegistry registry = TestObservationRegistry.create();

	private final TokensClient client = TokensClient.builder()
		.host(server.baseUrl())
		.token(CONFIGURED_TOKEN)
		.observationRegistry(this.registry)
		.maxLoggedBodyLength(120)
		.retry(RetrySettings.defaults().withMaxAttempts(2).withInitialBackoff(Duration.ofMillis(1)).withMaxBackoff(Duration.ofMillis(1)))
		.build();

	@Test
	void observesEachOperationWithItsOutcomeAndErrorCode() {
		server.stubFor(get("/api/2.0/token/list").willReturn(okJson("{\"token_infos\":[{\"token_id\":\"a\"}]}")));
		server.stubFor(post("/api/2.0/token/delete").willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error_code\":\"RESOURCE_DOES_NOT_EXIST\",\"message\":\"gone\"}")));

		StepVerifier.create(this.client.list()).expectNextCount(1).verifyComplete();
		StepVerifier.create(this.client.delete("a")).verifyError(ResourceDoesNotExistException.class);

		assertThat(this.registry).hasNumberOfObservationsWithNameEqualTo("databricks.tokens", 2)
			.doesNotHaveAnyRemainingCurrentObservation()
			.hasAnObservation((observation) -> observation.hasNameEqualTo("databricks.tokens")
				.hasLowCardinalityKeyValue("operation", "list")
				.hasLowCardinalityKeyValue("outcome", "success")
				.hasLowCardinalityKeyValue("error.code", "none"))
			.hasAnObservation((observation) -> observation.hasNameEqualTo("databricks.tokens")
				.hasLowCardinalityKeyValue("operation", "delete")
				.hasLowCardinalityKeyValue("outcome", "error")
				.hasLowCardinalityKeyValue("error.code", "RESOURCE_DOES_NOT_EXIST")
				.assertThatError()
				.isInstanceOf(ResourceDoesNotExistException.class));
	}

	@Test
	void countsRetriesByReasonAndRateLimitWaitsAsEventsOfTheOperation() {
		server.stubFor(get("/api/2.0/token/list").inScenario("blip").whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(429)).willSetStateTo("ok"));
		server.stubFor(get("/api/2.0/token/list").inScenario("blip").whenScenarioStateIs("ok").willReturn(okJson("{}")));
		List<String> events = new CopyOnWriteArrayList<>();
		ObservationRegistry recording = ObservationRegistry.create();
		recording.observationConfig().observationHandler(new ObservationHandler<>() {
			@Override
			public void onEvent(Observation.Event event, Observation.Context context) {
				events.add(context.getName() + "." + event.getName() + " " + context.getLowCardinalityKeyValue("operation").getValue());
			}

			@Override
			public boolean supportsContext(Observation.Context context) {
				return true;
			}
		});
		TokensClient limited = TokensClient.builder()
			.host(server.baseUrl())
			.token(CONFIGURED_TOKEN)
			.observationRegistry(recording)
			.rateLimit(2)
			.retry(RetrySettings.defaults().withInitialBackoff(Duration.ofMillis(1)).withMaxBackoff(Duration.ofMillis(1)))
			.build();

		StepVerifier.create(limited.list()).verifyComplete();

		assertThat(events).contains("databricks.tokens.retry.status.429 list", "databricks.tokens.rate.limit.wait list");
	}

	@Test
	void observesNothingWithoutARegistryEvenInsideTheApplicationsObservation() {
		server.stubFor(get("/api/2.0/token/list").inScenario("retried").whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(429)).willSetStateTo("ok"));
		server.stubFor(get("/api/2.0/token/list").inScenario("retried").whenScenarioStateIs("ok").willReturn(okJson("{}")));
		TokensClient plain = TokensClient.builder()
			.host(server.baseUrl())
			.token(CONFIGURED_TOKEN)
			.rateLimit(1000)
			.retry(RetrySettings.defaults().withInitialBackoff(Duration.ofMillis(1)).withMaxBackoff(Duration.ofMillis(1)))
			.build();
		List<String> seen = new CopyOnWriteArrayList<>();
		ObservationRegistry applications = ObservationRegistry.create();
		applications.observationConfig().observationHandler(new ObservationHandler<>() {
			@Override
			public void onStart(Observation.Context context) {
				seen.add("start " + context.getName());
			}

			@Override
			public void onEvent(Observation.Event event, Observation.Context context) {
				seen.add("event " + event.getName());
			}

			@Override
			public boolean supportsContext(Observation.Context context) {
				return true;
			}
		});
		Observation request = Observation.start("application.request", applications);

		StepVerifier.create(plain.list().then(plain.list().then())
			.contextWrite((context) -> context.put(ObservationThreadLocalAccessor.KEY, request)))
			.verifyComplete();
		request.stop();

		server.verify(3, getRequestedFor(urlEqualTo("/api/2.0/token/list")));
		assertThat(seen).containsExactly("start application.request");
	}

	@Test
	void logsEachCallOnTheWireWithSecretsRedactedAndBodiesTruncated() {
		server.stubFor(post("/api/2.0/token/create").willReturn(okJson("{\"token_value\":\"" + CREATED_TOKEN
				+ "\",\"token_info\":{\"token_id\":\"t-1\",\"comment\":\"" + "c".repeat(300) + "\"}}")));

		StepVerifier.create(this.client.create("nightly", Duration.ofMinutes(5)))
			.assertNext((created) -> assertThat(created.tokenValue()).isEqualTo(CREATED_TOKEN))
			.verifyComplete();

		List<String> wire = CapturingAppender.lines().stream().filter((line) -> line.startsWith("dev.dbtokens.wire ")).toList();
		assertThat(wire).hasSize(2);
		assertThat(wire.get(0)).contains("--> POST /api/2.0/token/create")
			.contains("Authorization=<redacted>")
			.contains("lifetimeSeconds=300");
		assertThat(wire.get(1)).contains("<-- POST /api/2.0/token/create 200 in ")
			.contains("\"token_value\":\"<redacted>\"")
			.contains("…(");
	}

	@Test
	void answersTheSameWithTheWireLogOff() {
		ch.qos.logback.classic.Logger wire = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("dev.dbtokens.wire");
		server.stubFor(post("/api/2.0/token/create").willReturn(okJson("{\"token_value\":\"" + CREATED_TOKEN
				+ "\",\"token_info\":{\"token_id\":\"t-1\"}}")));
		server.stubFor(get("/api/2.0/token/list").willReturn(aResponse().withStatus(503)));
		server.stubFor(post("/api/2.0/token/delete").willReturn(okJson("{}")));
		wire.setLevel(ch.qos.logback.classic.Level.INFO);
		try {
			StepVerifier.create(this.client.create("c", null)).expectNextCount(1).verifyComplete();
			StepVerifier.create(this.client.list())
				.verifyErrorMessage("token/list failed: HTTP 503: empty body (after 2 attempts, each failed the same way)");
			StepVerifier.create(this.client.delete("t-1")).verifyComplete();
			assertThat(CapturingAppender.lines()).noneMatch((line) -> line.startsWith("dev.dbtokens.wire "));
		}
		finally {
			wire.setLevel(null);
		}
	}

	@Test
	void putsTheApplicationsProductFirstInTheUserAgent() {
		server.stubFor(get("/api/2.0/token/list").willReturn(okJson("{}")));
		TokensClient branded = TokensClient.builder()
			.host(server.baseUrl())
			.token(CONFIGURED_TOKEN)
			.userAgentProduct("token-portal/1.2.0")
			.build();
		branded.blocking().list();
		server.verify(getRequestedFor(urlEqualTo("/api/2.0/token/list")).withHeader("User-Agent",
				matching("token-portal/1\\.2\\.0 databricks-tokens-spring-boot/\\S+ spring-boot/\\S+ jvm/\\S+ os/\\S+ auth/pat")));
		assertThatIllegalArgumentException().isThrownBy(() -> TokensClient.builder().userAgentProduct("token portal"))
			.withMessageContaining("name/version");
	}

}
