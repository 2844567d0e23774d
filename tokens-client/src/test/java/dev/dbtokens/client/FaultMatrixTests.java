package dev.dbtokens.client;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Supplier;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.dbtokens.client.error.DatabricksApiException;
import dev.dbtokens.client.error.DeadlineExceededException;
import dev.dbtokens.client.error.TokenCreationOutcomeUnknownException;
import dev.dbtokens.client.error.TooManyRequestsException;
import dev.dbtokens.client.error.UnauthenticatedException;
import dev.dbtokens.client.internal.auth.OAuthM2MCredentials;
import dev.dbtokens.client.internal.call.Operation;
import dev.dbtokens.client.support.CapturingAppender;
import dev.dbtokens.client.support.TestSecrets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Signal;
import reactor.netty.http.client.HttpClient;

import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.requestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static dev.dbtokens.client.support.TestSecrets.CONFIGURED_TOKEN;
import static dev.dbtokens.client.support.TestSecrets.CREATED_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each operation against each fault a workspace, a proxy or the network can produce: the first
 * attempt meets the fault, later attempts succeed. Either the call recovers, or it fails with the
 * typed exception its rule gives; and a create is never sent again once it may have made a token.
 * Waits are a few milliseconds; the response timeout is 500 ms.
 */
class FaultMatrixTests {

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	static final RetrySettings FAST = RetrySettings.defaults()
		.withInitialBackoff(Duration.ofMillis(1))
		.withMaxBackoff(Duration.ofMillis(5))
		.withMaxRetryAfter(Duration.ofMillis(20))
		.withTimeout(Duration.ofSeconds(10));

	static final String COMMENT = "matrix-job";

	static final String DISCOVERY_PATH = "/oidc/.well-known/oauth-authorization-server";

	static final String TOKEN_PATH = "/oidc/v1/token";

	private final TokensClient client = client(server.baseUrl(), FAST);

	/** The first exchange of a JVM (class loading on both sides) may take longer than the response timeout. */
	@BeforeAll
	static void warmUp() {
		server.stubFor(request("GET", urlEqualTo(Operation.LIST.path())).willReturn(okJson("{}")));
		client(server.baseUrl(), FAST).list().collectList().block(Duration.ofSeconds(30));
	}

	/** What the server does to the first request. */
	enum Trouble {

		THROTTLED(() -> error(429, "REQUEST_LIMIT_EXCEEDED")),
		THROTTLED_RETRY_AFTER_SECONDS(() -> error(429, "REQUEST_LIMIT_EXCEEDED").withHeader("Retry-After", "1")),
		THROTTLED_RETRY_AFTER_DATE(() -> error(429, "").withHeader("Retry-After",
				DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(2)))),
		UNAVAILABLE_503(() -> aResponse().withStatus(503)),
		GATEWAY_TIMEOUT_504(() -> aResponse().withStatus(504).withBody("upstream request timeout")),
		TEMPORARILY_UNAVAILABLE_500(() -> error(500, "TEMPORARILY_UNAVAILABLE")),
		INTERNAL_ERROR_500(() -> error(500, "INTERNAL_ERROR")),
		QUOTA_EXCEEDED_429(() -> error(429, "QUOTA_EXCEEDED")),
		QUOTA_EXCEEDED_400(() -> error(400, "QUOTA_EXCEEDED")),
		RESET_AFTER_REQUEST(() -> aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)),
		EMPTY_RESPONSE(() -> aResponse().withFault(Fault.EMPTY_RESPONSE)),
		MALFORMED_CHUNK(() -> aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK)),
		RANDOM_DATA_THEN_CLOSE(() -> aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE)),
		SLOWER_THAN_RESPONSE_TIMEOUT(() -> okJson("{}").withFixedDelay(1_500)),
		HTML_502(() -> aResponse().withStatus(502).withHeader("Content-Type", "text/html")
			.withBody("<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>")),
		TRUNCATED_200(() -> okJson("{\"token_value\":\"" + CREATED_TOKEN + "\",\"token_infos\":[{\"token_id\":")),
		INVALID_CLIENT_401(() -> aResponse().withStatus(401).withHeader("Content-Type", "application/json")
			.withBody("{\"error\":\"invalid_client\",\"error_description\":\"Client authentication failed\"}"));

		private final Supplier<ResponseDefinitionBuilder> response;

		Trouble(Supplier<ResponseDefinitionBuilder> response) {
			this.response = response;
		}

	}

	@ParameterizedTest(name = "{1} after {0}: {2}, {3} request(s)")
	@CsvSource({
			"THROTTLED,                     LIST,   recovered, 2",
			"THROTTLED,                     DELETE, recovered, 2",
			"THROTTLED,                     CREATE, recovered, 2",
			"THROTTLED_RETRY_AFTER_SECONDS, LIST,   recovered, 2",
			"THROTTLED_RETRY_AFTER_SECONDS, DELETE, recovered, 2",
			"THROTTLED_RETRY_AFTER_SECONDS, CREATE, recovered, 2",
			"THROTTLED_RETRY_AFTER_DATE,    LIST,   recovered, 2",
			"THROTTLED_RETRY_AFTER_DATE,    DELETE, recovered, 2",
			"THROTTLED_RETRY_AFTER_DATE,    CREATE, recovered, 2",
			"UNAVAILABLE_503,               LIST,   recovered, 2",
			"UNAVAILABLE_503,               DELETE, recovered, 2",
			"UNAVAILABLE_503,               CREATE, recovered, 2",
			"GATEWAY_TIMEOUT_504,           LIST,   recovered, 2",
			"GATEWAY_TIMEOUT_504,           DELETE, recovered, 2",
			"GATEWAY_TIMEOUT_504,           CREATE, DeadlineExceededException, 1",
			"TEMPORARILY_UNAVAILABLE_500,   LIST,   recovered, 2",
			"TEMPORARILY_UNAVAILABLE_500,   DELETE, recovered, 2",
			"TEMPORARILY_UNAVAILABLE_500,   CREATE, TemporarilyUnavailableException, 1",
			"INTERNAL_ERROR_500,            LIST,   InternalErrorException, 1",
			"INTERNAL_ERROR_500,            DELETE, InternalErrorException, 1",
			"INTERNAL_ERROR_500,            CREATE, InternalErrorException, 1",
			"QUOTA_EXCEEDED_429,            LIST,   QuotaExceededException, 1",
			"QUOTA_EXCEEDED_429,            DELETE, QuotaExceededException, 1",
			"QUOTA_EXCEEDED_429,            CREATE, QuotaExceededException, 1",
			"QUOTA_EXCEEDED_400,            LIST,   QuotaExceededException, 1",
			"QUOTA_EXCEEDED_400,            DELETE, QuotaExceededException, 1",
			"QUOTA_EXCEEDED_400,            CREATE, QuotaExceededException, 1",
			"RESET_AFTER_REQUEST,           LIST,   recovered, 2",
			"RESET_AFTER_REQUEST,           DELETE, recovered, 2",
			"RESET_AFTER_REQUEST,           CREATE, TokenCreationOutcomeUnknownException, 1",
			"EMPTY_RESPONSE,                LIST,   recovered, 2",
			"EMPTY_RESPONSE,                DELETE, recovered, 2",
			"EMPTY_RESPONSE,                CREATE, TokenCreationOutcomeUnknownException, 1",
			"MALFORMED_CHUNK,               LIST,   recovered, 2",
			"MALFORMED_CHUNK,               DELETE, recovered, 2",
			"MALFORMED_CHUNK,               CREATE, TokenCreationOutcomeUnknownException, 1",
			"RANDOM_DATA_THEN_CLOSE,        LIST,   recovered, 2",
			"RANDOM_DATA_THEN_CLOSE,        DELETE, recovered, 2",
			"RANDOM_DATA_THEN_CLOSE,        CREATE, TokenCreationOutcomeUnknownException, 1",
			"SLOWER_THAN_RESPONSE_TIMEOUT,  LIST,   recovered, 2",
			"SLOWER_THAN_RESPONSE_TIMEOUT,  DELETE, recovered, 2",
			"SLOWER_THAN_RESPONSE_TIMEOUT,  CREATE, TokenCreationOutcomeUnknownException, 1",
			"HTML_502,                      LIST,   DatabricksApiException, 1",
			"HTML_502,                      DELETE, DatabricksApiException, 1",
			"HTML_502,                      CREATE, DatabricksApiException, 1",
			// list cannot read the body; delete does not read it: revoked
			"TRUNCATED_200,                 LIST,   DatabricksApiException, 1",
			"TRUNCATED_200,                 DELETE, recovered, 1",
			"TRUNCATED_200,                 CREATE, TokenCreationOutcomeUnknownException, 1",
			"THROTTLED,                     UPDATE, recovered, 2",
			"UNAVAILABLE_503,               UPDATE, recovered, 2",
			"GATEWAY_TIMEOUT_504,           UPDATE, recovered, 2",
			"INTERNAL_ERROR_500,            UPDATE, InternalErrorException, 1",
			"QUOTA_EXCEEDED_429,            UPDATE, QuotaExceededException, 1",
			"RESET_AFTER_REQUEST,           UPDATE, recovered, 2",
			"SLOWER_THAN_RESPONSE_TIMEOUT,  UPDATE, recovered, 2",
			"HTML_502,                      UPDATE, DatabricksApiException, 1" })
	void recoversOrFailsAsItsRuleSays(Trouble trouble, Operation operation, String expected, int requests) {
		stub(operation, STARTED, trouble.response.get(), "answered");
		stub(operation, "answered", success(operation), "answered");

		Signal<?> outcome = call(this.client, operation);

		assertThat(requestsReceived(operation)).isEqualTo(requests);
		if (expected.equals("recovered")) {
			assertThat(outcome.isOnError()).as("recovered, but failed with %s", outcome.getThrowable()).isFalse();
			return;
		}
		Throwable failure = outcome.getThrowable();
		assertThat(failure).isInstanceOf(DatabricksApiException.class);
		assertThat(failure.getClass().getSimpleName()).isEqualTo(expected);
		TestSecrets.assertNoSecretIn(failure);
		if (operation == Operation.CREATE) {
			assertThat(createsTheServerMayHaveActedOn()).as("creates that could have made a token").isLessThanOrEqualTo(1);
			if (!expected.equals("QuotaExceededException")) {
				assertThat(failure.getMessage()).contains("a token with comment \"" + COMMENT + "\" may exist");
			}
		}
	}

	@ParameterizedTest
	@EnumSource(value = Operation.class, names = { "CREATE", "DELETE", "LIST", "UPDATE" })
	void persistentThrottlingSurfacesTheTypedExceptionAfterEveryAttempt(Operation operation) {
		stub(operation, STARTED, error(429, "REQUEST_LIMIT_EXCEEDED"), STARTED);

		Throwable failure = call(this.client, operation).getThrowable();

		assertThat(failure).isExactlyInstanceOf(TooManyRequestsException.class)
			.hasMessageEndingWith("(after 4 attempts, each failed the same way)");
		assertThat(failure.getSuppressed()).isEmpty();
		assertThat(requestsReceived(operation)).isEqualTo(4);
		assertThat(createsTheServerMayHaveActedOn()).isZero();
	}

	@ParameterizedTest
	@EnumSource(value = Operation.class, names = { "CREATE", "DELETE", "LIST", "UPDATE" })
	void aRefusedConnectionIsRetriedForEveryOperationBecauseNothingWasSent(Operation operation) {
		Throwable failure = call(client("http://127.0.0.1:1", FAST), operation).getThrowable();

		assertThat(failure).isExactlyInstanceOf(DatabricksApiException.class)
			.hasMessageStartingWith(operation + " failed: no answer from http://127.0.0.1:1 (")
			.hasMessageEndingWith("(after 4 attempts, each failed the same way)");
		assertThat(failure.getSuppressed()).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(value = Operation.class, names = { "CREATE", "DELETE", "LIST", "UPDATE" })
	void aServerThatHoldsTheAnswerPastTheCallTimeoutEndsTheCallAtItsDeadline(Operation operation) {
		stub(operation, STARTED, okJson("{}").withFixedDelay(5_000), STARTED);
		TokensClient patient = TokensClient.builder()
			.host(server.baseUrl())
			.token(CONFIGURED_TOKEN)
			.retry(FAST.withTimeout(Duration.ofMillis(300)))
			.webClientBuilder(WebClient.builder()
				.clientConnector(new ReactorClientHttpConnector(HttpClient.create().responseTimeout(Duration.ofSeconds(30)))))
			.build();
		long started = System.nanoTime();

		Throwable failure = call(patient, operation).getThrowable();

		assertThat(Duration.ofNanos(System.nanoTime() - started)).isBetween(Duration.ofMillis(300), Duration.ofMillis(4_000));
		if (operation == Operation.CREATE) {
			assertThat(failure).isInstanceOf(TokenCreationOutcomeUnknownException.class)
				.hasMessageStartingWith("token/create outcome unknown: no answer within the call timeout of 300ms");
		}
		else {
			assertThat(failure).isInstanceOf(DeadlineExceededException.class)
				.hasMessageStartingWith(operation + " failed: no result within the call timeout of 300ms");
		}
		assertThat(requestsReceived(operation)).isEqualTo(1);
	}

	@ParameterizedTest(name = "a delete that met {0}, then finds no such token on retry, has succeeded")
	@EnumSource(value = Trouble.class, names = { "RESET_AFTER_REQUEST", "GATEWAY_TIMEOUT_504" })
	void aDeleteThatMayHaveBeenCarriedOutAndFindsNoSuchTokenOnRetryHasSucceeded(Trouble trouble) {
		stub(Operation.DELETE, STARTED, trouble.response.get(), "answered");
		stub(Operation.DELETE, "answered", error(404, "RESOURCE_DOES_NOT_EXIST"), "answered");

		assertThat(call(this.client, Operation.DELETE).isOnComplete()).isTrue();
		assertThat(requestsReceived(Operation.DELETE)).isEqualTo(2);
	}

	@Test
	void waitsAsLongAsRetryAfterSaysUpToTheCap() {
		TokensClient patient = client(server.baseUrl(), FAST.withMaxRetryAfter(Duration.ofMillis(300)));
		stub(Operation.LIST, STARTED, error(429, "").withHeader("Retry-After", "1"), "answered");
		stub(Operation.LIST, "answered", success(Operation.LIST), "answered");

		long start = System.nanoTime();
		assertThat(call(patient, Operation.LIST).isOnError()).isFalse();
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(300), Duration.ofMillis(1000));
	}

	@ParameterizedTest(name = "{1} whose first OAuth token request met {0}: {2}, {3} token request(s)")
	@CsvSource({
			// the token endpoint failed in passing: nothing went to the workspace, so every operation retries
			"UNAVAILABLE_503,               LIST,   recovered, 2",
			"UNAVAILABLE_503,               DELETE, recovered, 2",
			"UNAVAILABLE_503,               CREATE, recovered, 2",
			"UNAVAILABLE_503,               UPDATE, recovered, 2",
			"THROTTLED_RETRY_AFTER_SECONDS, CREATE, recovered, 2",
			"GATEWAY_TIMEOUT_504,           CREATE, recovered, 2",
			"INTERNAL_ERROR_500,            CREATE, recovered, 2",
			"HTML_502,                      CREATE, recovered, 2",
			"RESET_AFTER_REQUEST,           LIST,   recovered, 2",
			"RESET_AFTER_REQUEST,           CREATE, recovered, 2",
			"EMPTY_RESPONSE,                CREATE, recovered, 2",
			"SLOWER_THAN_RESPONSE_TIMEOUT,  CREATE, recovered, 2",
			// a refusal or an unreadable answer: the same request gets the same answer
			"INVALID_CLIENT_401,            LIST,   UnauthenticatedException, 1",
			"INVALID_CLIENT_401,            CREATE, UnauthenticatedException, 1",
			"QUOTA_EXCEEDED_400,            CREATE, UnauthenticatedException, 1",
			"TRUNCATED_200,                 CREATE, UnauthenticatedException, 1" })
	void aFailedOAuthTokenRequestIsRetriedAsItsRuleSaysAndACreateIsSentOnce(Trouble trouble, Operation operation, String expected,
			int tokenRequests) {
		tokenEndpoint(STARTED, trouble.response.get(), "answered");
		tokenEndpoint("answered", okJson("{\"access_token\":\"" + TestSecrets.ACCESS_TOKEN + "\",\"expires_in\":3600}"), "answered");
		stub(operation, STARTED, success(operation), STARTED);

		Signal<?> outcome = call(oauthClient(FAST), operation);

		assertThat(server.findAll(requestedFor("POST", urlEqualTo(TOKEN_PATH)))).hasSize(tokenRequests);
		if (expected.equals("recovered")) {
			assertThat(outcome.isOnError()).as("recovered, but failed with %s", outcome.getThrowable()).isFalse();
			assertThat(requestsReceived(operation)).isEqualTo(1);
			return;
		}
		assertThat(outcome.getThrowable()).isInstanceOf(UnauthenticatedException.class)
			.hasMessageStartingWith("OAuth M2M authentication of client sp-1 failed: ")
			.hasMessageNotContaining("attempts")
			.hasMessageNotContaining("may exist");
		TestSecrets.assertNoSecretIn(outcome.getThrowable());
		assertThat(requestsReceived(operation)).isZero();
	}

	@Test
	void waitsAsLongAsTheTokenEndpointsRetryAfterSaysUpToTheCap() {
		tokenEndpoint(STARTED, aResponse().withStatus(429).withHeader("Retry-After", "1"), "answered");
		tokenEndpoint("answered", okJson("{\"access_token\":\"" + TestSecrets.ACCESS_TOKEN + "\",\"expires_in\":3600}"), "answered");
		stub(Operation.LIST, STARTED, success(Operation.LIST), STARTED);
		TokensClient patient = oauthClient(FAST.withMaxRetryAfter(Duration.ofMillis(300)));

		long start = System.nanoTime();
		assertThat(call(patient, Operation.LIST).isOnError()).isFalse();
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
		assertThat(server.findAll(requestedFor("POST", urlEqualTo(TOKEN_PATH)))).hasSize(2);
	}

	@Test
	void concurrentCallsWhoseTokenRequestFailedInPassingShareTheRetriedRequest() {
		tokenEndpoint(STARTED, aResponse().withStatus(503).withFixedDelay(200), "answered");
		tokenEndpoint("answered", okJson("{\"access_token\":\"" + TestSecrets.ACCESS_TOKEN + "\",\"expires_in\":3600}"), "answered");
		stub(Operation.LIST, STARTED, success(Operation.LIST), STARTED);
		TokensClient oauth = oauthClient(FAST);
		int callers = 20;

		List<Signal<List<PublicTokenInfo>>> outcomes = Flux.range(0, callers)
			.flatMap((caller) -> oauth.list().collectList().materialize(), callers)
			.collectList()
			.block(Duration.ofSeconds(30));

		assertThat(outcomes).hasSize(callers).allSatisfy((outcome) -> assertThat(outcome.isOnNext()).isTrue());
		assertThat(server.findAll(requestedFor("POST", urlEqualTo(TOKEN_PATH))).size()).isBetween(2, callers / 2);
		assertThat(requestsReceived(Operation.LIST)).isEqualTo(callers);
	}

	@Test
	void aDiscoveryThatFailsInPassingIsRetried() {
		server.stubFor(request("GET", urlEqualTo(DISCOVERY_PATH)).inScenario("discovery")
			.whenScenarioStateIs(STARTED)
			.willReturn(aResponse().withStatus(503))
			.willSetStateTo("answered"));
		server.stubFor(request("GET", urlEqualTo(DISCOVERY_PATH)).inScenario("discovery")
			.whenScenarioStateIs("answered")
			.willReturn(okJson("{\"token_endpoint\":\"" + server.baseUrl() + TOKEN_PATH + "\"}")));
		server.stubFor(request("POST", urlEqualTo(TOKEN_PATH))
			.willReturn(okJson("{\"access_token\":\"" + TestSecrets.ACCESS_TOKEN + "\",\"expires_in\":3600}")));
		stub(Operation.LIST, STARTED, success(Operation.LIST), STARTED);

		assertThat(call(oauthClient(FAST), Operation.LIST).isOnError()).isFalse();
		assertThat(server.findAll(requestedFor("GET", urlEqualTo(DISCOVERY_PATH)))).hasSize(2);
		assertThat(server.findAll(requestedFor("POST", urlEqualTo(TOKEN_PATH)))).hasSize(1);
	}

	@Test
	void aTokenEndpointThatKeepsFailingEndsTheCallAfterEveryAttemptWithoutShowingASecretEvenAtTrace() {
		tokenEndpoint(STARTED, aResponse().withStatus(503), STARTED);
		stub(Operation.LIST, STARTED, success(Operation.LIST), STARTED);
		ch.qos.logback.classic.Logger root = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory
			.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
		ch.qos.logback.classic.Level before = root.getLevel();
		root.setLevel(ch.qos.logback.classic.Level.TRACE);
		Throwable failure;
		try {
			failure = call(oauthClient(FAST.withMaxAttempts(3)), Operation.LIST).getThrowable();
		}
		finally {
			root.setLevel(before);
		}

		assertThat(failure).isInstanceOf(UnauthenticatedException.class)
			.hasMessage("OAuth M2M authentication of client sp-1 failed: token request to " + server.baseUrl() + TOKEN_PATH
					+ " failed: HTTP 503 no error details (after 3 attempts, each failed the same way)");
		assertThat(failure.getSuppressed()).isEmpty();
		assertThat(server.findAll(requestedFor("POST", urlEqualTo(TOKEN_PATH)))).hasSize(3);
		assertThat(requestsReceived(Operation.LIST)).isZero();
		TestSecrets.assertNoSecretIn(failure);
		List<String> lines = CapturingAppender.lines();
		assertThat(lines).anySatisfy((line) -> assertThat(line).contains(TOKEN_PATH));
		lines.forEach((line) -> TestSecrets.assertNoSecretIn("log line", line));
	}

	@ParameterizedTest(name = "the OAuth token request meets {0}: UnauthenticatedException, no create sent")
	@EnumSource(value = Trouble.class, names = { "INTERNAL_ERROR_500", "UNAVAILABLE_503", "RESET_AFTER_REQUEST", "EMPTY_RESPONSE",
			"HTML_502" })
	void aFailureToGetCredentialsIsNeverACreateOutcome(Trouble trouble) {
		server.stubFor(request("GET", urlEqualTo("/oidc/.well-known/oauth-authorization-server"))
			.willReturn(okJson("{\"token_endpoint\":\"" + server.baseUrl() + "/oidc/v1/token\"}")));
		server.stubFor(request("POST", urlEqualTo("/oidc/v1/token")).willReturn(trouble.response.get()));
		TokensClient oauth = TokensClient.builder()
			.host(server.baseUrl())
			.credentials(new OAuthM2MCredentials(server.baseUrl(), "sp-1", TestSecrets.CLIENT_SECRET, WebClient.builder()
				.clientConnector(new ReactorClientHttpConnector(HttpClient.create().responseTimeout(Duration.ofMillis(500)))),
					java.time.Clock.systemUTC()))
			.retry(FAST)
			.build();

		Throwable failure = call(oauth, Operation.CREATE).getThrowable();

		assertThat(failure).isInstanceOf(UnauthenticatedException.class)
			.isNotInstanceOf(TokenCreationOutcomeUnknownException.class)
			.hasMessageStartingWith("OAuth M2M authentication of client sp-1 failed: ")
			.hasMessageNotContaining("may have created")
			.hasMessageNotContaining("may exist");
		assertThat(requestsReceived(Operation.CREATE)).isZero();
		TestSecrets.assertNoSecretIn(failure);
	}

	@Test
	void aCreateWhoseDeadlinePassesWhileItsOAuthTokenIsRequestedWasNeverSent() {
		server.stubFor(request("GET", urlEqualTo("/oidc/.well-known/oauth-authorization-server"))
			.willReturn(okJson("{\"token_endpoint\":\"" + server.baseUrl() + "/oidc/v1/token\"}")));
		server.stubFor(request("POST", urlEqualTo("/oidc/v1/token"))
			.willReturn(okJson("{\"access_token\":\"" + TestSecrets.ACCESS_TOKEN + "\",\"expires_in\":3600}").withFixedDelay(3_000)));
		TokensClient oauth = TokensClient.builder()
			.host(server.baseUrl())
			.credentials(new OAuthM2MCredentials(server.baseUrl(), "sp-1", TestSecrets.CLIENT_SECRET, WebClient.builder()
				.clientConnector(new ReactorClientHttpConnector(HttpClient.create().responseTimeout(Duration.ofSeconds(30)))),
					java.time.Clock.systemUTC()))
			.retry(FAST.withTimeout(Duration.ofMillis(500)))
			.build();

		Throwable failure = call(oauth, Operation.CREATE).getThrowable();

		assertThat(failure).isExactlyInstanceOf(DeadlineExceededException.class)
			.hasMessageStartingWith("token/create failed: no result within the call timeout of 500ms")
			.hasMessageNotContaining("may exist");
		assertThat(requestsReceived(Operation.CREATE)).isZero();
	}

	@Test
	void aCreateWhoseTlsHandshakeFailedWasNeverSent() {
		WireMockServer tls = new WireMockServer(wireMockConfig().dynamicPort().dynamicHttpsPort());
		tls.start();
		try {
			tls.stubFor(request("POST", urlEqualTo(Operation.CREATE.path())).willReturn(success(Operation.CREATE)));
			TokensClient untrusting = TokensClient.builder() // the stub's self-signed certificate is not trusted
				.host("https://localhost:" + tls.httpsPort())
				.token(CONFIGURED_TOKEN)
				.retry(FAST)
				.build();

			Throwable failure = call(untrusting, Operation.CREATE).getThrowable();

			assertThat(failure).isExactlyInstanceOf(DatabricksApiException.class)
				.hasMessageStartingWith("token/create failed: no answer from https://localhost:" + tls.httpsPort())
				.hasMessageContaining("certification path")
				.hasMessageNotContaining("may exist");
			assertThat(tls.findAll(requestedFor("POST", urlEqualTo(Operation.CREATE.path())))).isEmpty();
		}
		finally {
			tls.stop();
		}
	}

	@ParameterizedTest(name = "a 17 MiB answer to create with the wire log at {0}: outcome unknown")
	@ValueSource(strings = { "INFO", "DEBUG", "TRACE" })
	void anAnswerTooLargeToReadMeansTheSameWhateverTheLogLevel(String level) {
		stub(Operation.CREATE, STARTED, okJson("{\"token_value\":\"" + CREATED_TOKEN + "\",\"pad\":\"" + "x".repeat(17 << 20) + "\"}"),
				STARTED);
		ch.qos.logback.classic.Logger wire = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("dev.dbtokens.wire");
		wire.setLevel(ch.qos.logback.classic.Level.valueOf(level));
		TokensClient patient = TokensClient.builder().host(server.baseUrl()).token(CONFIGURED_TOKEN).retry(FAST).build();
		try {
			Throwable failure = call(patient, Operation.CREATE).getThrowable();

			assertThat(failure).isExactlyInstanceOf(TokenCreationOutcomeUnknownException.class)
				.hasMessageStartingWith("token/create outcome unknown: an answer larger than 16 MiB");
			assertThat(((TokenCreationOutcomeUnknownException) failure).httpStatus()).isEqualTo(200);
			assertThat(requestsReceived(Operation.CREATE)).isEqualTo(1);
		}
		finally {
			wire.setLevel(null);
		}
	}

	@Test
	void aDerivedClientRetriesDifferentlyAndLeavesTheOriginalAlone() {
		TokensClient once = this.client.withRetry(this.client.retrySettings().withMaxAttempts(1));
		stub(Operation.LIST, STARTED, aResponse().withStatus(503), STARTED);

		assertThat(call(once, Operation.LIST).getThrowable()).hasMessage("token/list failed: HTTP 503: empty body");
		assertThat(this.client.retrySettings()).isEqualTo(FAST);
		assertThat(once.retrySettings().maxAttempts()).isEqualTo(1);
		assertThat(requestsReceived(Operation.LIST)).isEqualTo(1);
	}

	private static void tokenEndpoint(String state, ResponseDefinitionBuilder response, String nextState) {
		server.stubFor(request("POST", urlEqualTo(TOKEN_PATH)).inScenario("oauth")
			.whenScenarioStateIs(state)
			.willReturn(response)
			.willSetStateTo(nextState));
	}

	/** A client with OAuth M2M credentials; discovery answers (unless a test stubs it first) with the stub's token endpoint. */
	private static TokensClient oauthClient(RetrySettings retry) {
		server.stubFor(request("GET", urlEqualTo(DISCOVERY_PATH)).atPriority(10)
			.willReturn(okJson("{\"token_endpoint\":\"" + server.baseUrl() + TOKEN_PATH + "\"}")));
		return TokensClient.builder()
			.host(server.baseUrl())
			.credentials(new OAuthM2MCredentials(server.baseUrl(), "sp-1", TestSecrets.CLIENT_SECRET, WebClient.builder()
				.clientConnector(new ReactorClientHttpConnector(HttpClient.create().responseTimeout(Duration.ofMillis(500)))),
					java.time.Clock.systemUTC()))
			.retry(retry)
			.build();
	}

	/** Create requests the server received and did not turn away (429, 503, other 4xx): each could have made a token. */
	private static long createsTheServerMayHaveActedOn() {
		return server.getAllServeEvents()
			.stream()
			.filter((event) -> event.getRequest().getUrl().equals(Operation.CREATE.path()))
			.map(ServeEvent::getResponseDefinition)
			.filter((response) -> response.getStatus() != 429 && response.getStatus() != 503
					&& (response.getStatus() < 400 || response.getStatus() >= 500))
			.count();
	}

	private static int requestsReceived(Operation operation) {
		return server.findAll(requestedFor(method(operation).getName(), urlEqualTo(path(operation)))).size();
	}

	private static Signal<?> call(TokensClient client, Operation operation) {
		Mono<?> call = switch (operation) {
			case CREATE -> client.create(COMMENT, Duration.ofMinutes(5));
			case DELETE -> client.delete("tok-1");
			case LIST -> client.list().collectList();
			case UPDATE -> client.update("tok-1", COMMENT, null);
			default -> throw new IllegalArgumentException(operation + " is not a TokensClient operation");
		};
		return call.materialize().block(Duration.ofSeconds(30));
	}

	private static void stub(Operation operation, String state, ResponseDefinitionBuilder response, String nextState) {
		MappingBuilder mapping = request(method(operation).getName(), urlEqualTo(path(operation))).inScenario("matrix")
			.whenScenarioStateIs(state)
			.willReturn(response)
			.willSetStateTo(nextState);
		server.stubFor(mapping);
	}

	private static RequestMethod method(Operation operation) {
		return switch (operation) {
			case LIST -> RequestMethod.GET;
			case UPDATE -> RequestMethod.PATCH;
			default -> RequestMethod.POST;
		};
	}

	private static String path(Operation operation) {
		return operation.path().replace("{token_id}", "tok-1");
	}

	private static ResponseDefinitionBuilder success(Operation operation) {
		return switch (operation) {
			case CREATE -> okJson("{\"token_value\":\"" + CREATED_TOKEN + "\",\"token_info\":{\"token_id\":\"tok-1\",\"comment\":\""
					+ COMMENT + "\"}}");
			case DELETE -> okJson("{}");
			case LIST -> okJson("{\"token_infos\":[{\"token_id\":\"tok-1\"}]}");
			case UPDATE -> okJson("{\"token_id\":\"tok-1\",\"comment\":\"" + COMMENT + "\"}");
			default -> throw new IllegalArgumentException(operation + " is not a TokensClient operation");
		};
	}

	private static ResponseDefinitionBuilder error(int status, String code) {
		return aResponse().withStatus(status)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error_code\":\"" + code + "\",\"message\":\"trouble\"}");
	}

	static TokensClient client(String host, RetrySettings retry) {
		return TokensClient.builder()
			.host(host)
			.token(CONFIGURED_TOKEN)
			.retry(retry)
			.webClientBuilder(WebClient.builder()
				.clientConnector(new ReactorClientHttpConnector(HttpClient.create().responseTimeout(Duration.ofMillis(500)))))
			.build();
	}

}
