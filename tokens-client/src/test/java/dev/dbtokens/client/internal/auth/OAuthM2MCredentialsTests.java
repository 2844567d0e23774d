package dev.dbtokens.client.internal.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.dbtokens.client.CreateTokenResponse;
import dev.dbtokens.client.RetrySettings;
import dev.dbtokens.client.TokensClient;
import dev.dbtokens.client.error.UnauthenticatedException;
import dev.dbtokens.client.support.MutableClock;
import dev.dbtokens.client.support.TestSecrets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

import org.springframework.web.reactive.function.client.WebClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.dbtokens.client.support.TestSecrets.ACCESS_TOKEN;
import static dev.dbtokens.client.support.TestSecrets.CLIENT_SECRET;
import static dev.dbtokens.client.support.TestSecrets.CREATED_TOKEN;
import static dev.dbtokens.client.support.TestSecrets.SECOND_ACCESS_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

/**
 * OAuth M2M against stubbed discovery and token endpoints, with a clock the tests move.
 */
class OAuthM2MCredentialsTests {

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private static final String DISCOVERY = "/oidc/.well-known/oauth-authorization-server";

	private static final String BASIC = "Basic " + java.util.Base64.getEncoder().encodeToString(("sp-1:" + CLIENT_SECRET).getBytes());

	private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));

	private OAuthM2MCredentials credentials;

	private TokensClient client;

	@BeforeEach
	void setUp() {
		server.stubFor(get(DISCOVERY).willReturn(okJson("{\"issuer\":\"x\",\"token_endpoint\":\"" + server.baseUrl() + "/oidc/v1/token\"}")));
		tokenEndpointAnswers(ACCESS_TOKEN, SECOND_ACCESS_TOKEN);
		server.stubFor(get("/api/2.0/token/list").willReturn(okJson("{}")));
		this.credentials = new OAuthM2MCredentials(server.baseUrl(), "sp-1", CLIENT_SECRET, WebClient.builder(), this.clock);
		this.client = TokensClient.builder().host(server.baseUrl()).credentials(this.credentials).build();
	}

	@Test
	void fetchesOnceThenReusesTheAccessToken() {
		this.client.blocking().list();
		this.client.blocking().list();

		server.verify(1, getRequestedFor(urlEqualTo(DISCOVERY)));
		server.verify(1, postRequestedFor(urlEqualTo("/oidc/v1/token"))
			.withHeader("Authorization", equalTo(BASIC))
			.withHeader("Content-Type", equalTo("application/x-www-form-urlencoded"))
			.withRequestBody(equalTo("grant_type=client_credentials&scope=all-apis")));
		server.verify(2, getRequestedFor(urlEqualTo("/api/2.0/token/list"))
			.withHeader("Authorization", equalTo("Bearer " + ACCESS_TOKEN))
			.withHeader("User-Agent", com.github.tomakehurst.wiremock.client.WireMock.containing("auth/oauth-m2m")));
	}

	@Test
	void refreshesAheadOfExpiryAndSwitchesBefore40SecondsAreLeft() {
		this.client.blocking().list(); // token valid for 3600 s
		this.clock.advance(Duration.ofSeconds(3600 - 40 - 300 + 1)); // inside the refresh-ahead window

		this.client.blocking().list();
		await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> server.verify(2, postRequestedFor(urlEqualTo("/oidc/v1/token"))));
		server.verify(2, getRequestedFor(urlEqualTo("/api/2.0/token/list")).withHeader("Authorization", equalTo("Bearer " + ACCESS_TOKEN)));

		this.client.blocking().list();
		server.verify(1, getRequestedFor(urlEqualTo("/api/2.0/token/list"))
			.withHeader("Authorization", equalTo("Bearer " + SECOND_ACCESS_TOKEN)));
		server.verify(1, getRequestedFor(urlEqualTo(DISCOVERY)));
	}

	@Test
	void treatsTheTokenAsExpired40SecondsEarly() {
		this.credentials.authorizationHeader().block();
		this.clock.advance(Duration.ofSeconds(3600 - 40));
		assertThat(this.credentials.authorizationHeader().block()).isEqualTo("Bearer " + SECOND_ACCESS_TOKEN);
	}

	@org.junit.jupiter.params.ParameterizedTest(name = "expires_in {0}: reused alone for {1} ms, given up after {2} s")
	@org.junit.jupiter.params.provider.CsvSource({
			"-5,                  2500,      5",
			"0,                   2500,      5",
			"1,                   2500,      5",
			"20,                  5000,      10",
			"3600,                3260000,   3560",
			"9223372036854775807, 315359660000, 315359960" })
	void takesTheLifetimeWithinSaneBoundsSoThatATokenIsReusedAndNothingOverflows(long expiresIn, long reusedMillis,
			long usableSeconds) {
		server.stubFor(post("/oidc/v1/token").willReturn(okJson("{\"access_token\":\"" + ACCESS_TOKEN + "\",\"expires_in\":"
				+ expiresIn + "}")));

		String first = this.credentials.authorizationHeader().block();
		this.clock.advance(Duration.ofMillis(reusedMillis - 1));
		assertThat(this.credentials.authorizationHeader().block()).isEqualTo(first);
		server.verify(1, postRequestedFor(urlEqualTo("/oidc/v1/token")));

		this.clock.advance(Duration.ofSeconds(usableSeconds).minusMillis(reusedMillis - 1));
		this.credentials.authorizationHeader().block();
		await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> server.verify(2, postRequestedFor(urlEqualTo("/oidc/v1/token"))));
	}

	@Test
	void hundredCallersAtExpiryShareOneTokenRequest() {
		server.stubFor(post("/oidc/v1/token").willReturn(okJson(tokenJson(ACCESS_TOKEN)).withFixedDelay(300)));

		List<String> headers = Flux.range(0, 100)
			.flatMap((i) -> this.credentials.authorizationHeader().subscribeOn(Schedulers.parallel()), 100)
			.collectList()
			.block();

		assertThat(headers).hasSize(100).containsOnly("Bearer " + ACCESS_TOKEN);
		server.verify(1, postRequestedFor(urlEqualTo("/oidc/v1/token")));
	}

	@Test
	void refreshesOnceAndRetriesOnceWhenTheApiAnswers401() {
		server.stubFor(get("/api/2.0/token/list").withHeader("Authorization", equalTo("Bearer " + ACCESS_TOKEN))
			.willReturn(aResponse().withStatus(401).withBody("{\"error_code\":\"UNAUTHENTICATED\",\"message\":\"expired\"}")));
		server.stubFor(get("/api/2.0/token/list").withHeader("Authorization", equalTo("Bearer " + SECOND_ACCESS_TOKEN))
			.willReturn(okJson("{\"token_infos\":[{\"token_id\":\"t\"}]}")));

		assertThat(this.client.blocking().list()).hasSize(1);
		server.verify(2, postRequestedFor(urlEqualTo("/oidc/v1/token")));
		server.verify(2, getRequestedFor(urlEqualTo("/api/2.0/token/list")));
	}

	@Test
	void sendsACreateRejectedWith401AgainWhenTheRefreshFailsInPassingAndReturnsTheOneTokenMade() {
		server.stubFor(post("/oidc/v1/token").inScenario("tokens").whenScenarioStateIs("second")
			.willReturn(aResponse().withStatus(503)).willSetStateTo("third"));
		server.stubFor(post("/oidc/v1/token").inScenario("tokens").whenScenarioStateIs("third")
			.willReturn(okJson(tokenJson(SECOND_ACCESS_TOKEN))));
		server.stubFor(post("/api/2.0/token/create").withHeader("Authorization", equalTo("Bearer " + ACCESS_TOKEN))
			.willReturn(aResponse().withStatus(401).withBody("{\"error_code\":\"UNAUTHENTICATED\",\"message\":\"expired\"}")));
		server.stubFor(post("/api/2.0/token/create").withHeader("Authorization", equalTo("Bearer " + SECOND_ACCESS_TOKEN))
			.willReturn(okJson("{\"token_value\":\"" + CREATED_TOKEN + "\",\"token_info\":{\"token_id\":\"tok-1\"}}")));
		TokensClient client = this.client.withRetry(RetrySettings.defaults().withInitialBackoff(Duration.ofMillis(10)));

		// The 401 means the workspace did nothing with the first create, so sending it again after the
		// refresh failed in passing (503) cannot make a second token: the caller gets the one made.
		CreateTokenResponse created = client.blocking().create("etl", Duration.ofHours(1));

		assertThat(created.tokenInfo().tokenId()).isEqualTo("tok-1");
		server.verify(3, postRequestedFor(urlEqualTo("/oidc/v1/token")));
		server.verify(1, postRequestedFor(urlEqualTo("/api/2.0/token/create")).withHeader("Authorization", equalTo("Bearer " + ACCESS_TOKEN)));
		server.verify(1, postRequestedFor(urlEqualTo("/api/2.0/token/create"))
			.withHeader("Authorization", equalTo("Bearer " + SECOND_ACCESS_TOKEN)));
	}

	@Test
	void stopsAfterOneRetryWhenTheFreshTokenIsRejectedToo() {
		server.stubFor(get("/api/2.0/token/list").willReturn(aResponse().withStatus(401)));
		assertThat(catchThrowableOfType(UnauthenticatedException.class, () -> this.client.blocking().list())).isNotNull();
		server.verify(2, getRequestedFor(urlEqualTo("/api/2.0/token/list")));
	}

	@Test
	void explainsABadClientSecretWithoutShowingIt() {
		server.stubFor(post("/oidc/v1/token").willReturn(aResponse().withStatus(401)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\":\"invalid_client\",\"error_description\":\"Client authentication failed\"}")));

		UnauthenticatedException ex = catchThrowableOfType(UnauthenticatedException.class, () -> this.client.blocking().list());

		assertThat(ex.getMessage()).contains("client sp-1").contains("HTTP 401 invalid_client: Client authentication failed")
			.contains("check the client id and secret");
		assertThat(ex.httpStatus()).isEqualTo(401);
		TestSecrets.assertNoSecretIn(ex);
		server.verify(0, getRequestedFor(urlEqualTo("/api/2.0/token/list")));
	}

	@Test
	void explainsAMissingDiscoveryDocument() {
		server.stubFor(get(DISCOVERY).willReturn(aResponse().withStatus(404)));

		UnauthenticatedException ex = catchThrowableOfType(UnauthenticatedException.class, () -> this.client.blocking().list());

		assertThat(ex.getMessage()).contains("discovery at " + server.baseUrl() + DISCOVERY + " failed: HTTP 404")
			.contains("OAuth enabled");
	}

	@Test
	void neverPrintsTheSecretOrTheAccessToken() {
		this.client.blocking().list();
		TestSecrets.assertNoSecretIn("credentials", this.credentials.toString());
	}

	private static void tokenEndpointAnswers(String first, String second) {
		server.stubFor(post("/oidc/v1/token").inScenario("tokens").whenScenarioStateIs(Scenario.STARTED)
			.willReturn(okJson(tokenJson(first))).willSetStateTo("second"));
		server.stubFor(post("/oidc/v1/token").inScenario("tokens").whenScenarioStateIs("second")
			.willReturn(okJson(tokenJson(second))));
	}

	private static String tokenJson(String accessToken) {
		return "{\"access_token\":\"" + accessToken + "\",\"token_type\":\"Bearer\",\"expires_in\":3600,\"scope\":\"all-apis\"}";
	}

}
