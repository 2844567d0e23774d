package dev.dbtokens.client.internal.auth;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.dbtokens.client.DatabricksCredentialsProvider;
import dev.dbtokens.client.error.UnauthenticatedException;
import dev.dbtokens.client.support.MutableClock;
import dev.dbtokens.client.support.TestSecrets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.util.DefaultUriBuilderFactory;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
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
import static dev.dbtokens.client.support.TestSecrets.SHAPELESS_CLIENT_SECRET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Where the OAuth requests may go and how long they may take: the discovered token endpoint is
 * checked before the secret leaves, and a token endpoint that never answers fails the refresh
 * instead of holding every later call.
 */
class OAuthTransportTests {

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	@RegisterExtension
	static WireMockExtension elsewhere = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private static final String DISCOVERY = "/oidc/.well-known/oauth-authorization-server";

	private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));

	@BeforeEach
	void setUp() {
		server.resetAll();
		elsewhere.resetAll();
		server.stubFor(post("/oidc/v1/token").willReturn(okJson("{\"access_token\":\"" + ACCESS_TOKEN + "\",\"expires_in\":3600}")));
		elsewhere.stubFor(post(anyUrl()).willReturn(okJson("{\"access_token\":\"" + ACCESS_TOKEN + "\",\"expires_in\":3600}")));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({
			"https://login.example.org/oidc/v1/token, is not on the workspace origin",
			"http://login.example.org/oidc/v1/token, plain http://",
			"ftp://login.example.org/token, is not an https:// URL with a host" })
	void refusesADiscoveredTokenEndpointOffTheWorkspaceAndSendsNoSecret(String endpoint, String reason) {
		discoveryAnswers(endpoint);
		UnauthenticatedException ex = catchThrowableOfType(UnauthenticatedException.class,
				() -> credentials(List.of(), Duration.ofSeconds(30)).authorizationHeader().block(Duration.ofSeconds(30)));
		assertThat(ex).hasMessageContaining(endpoint).hasMessageContaining(reason)
			.hasMessageContaining("the client secret was not sent")
			.hasMessageContaining("databricks.oauth.allowed-token-endpoint-hosts");
		server.verify(0, postRequestedFor(anyUrl()));
		TestSecrets.assertNoSecretIn(ex);
	}

	@Test
	void refusesAPlainHttpTokenEndpointOnAnotherLoopbackPort() {
		discoveryAnswers(elsewhere.baseUrl().replace("localhost", "127.0.0.1") + "/oidc/v1/token");
		assertThat(catchThrowableOfType(UnauthenticatedException.class,
				() -> credentials(List.of(), Duration.ofSeconds(30)).authorizationHeader().block(Duration.ofSeconds(30))))
			.hasMessageContaining("is not on the workspace origin");
		elsewhere.verify(0, anyRequestedFor(anyUrl()));
	}

	@Test
	void refusesATokenEndpointOnAnotherPortOfTheWorkspaceHost() {
		discoveryAnswers(elsewhere.baseUrl() + "/oidc/v1/token"); // localhost, as the workspace, on another port
		assertThat(catchThrowableOfType(UnauthenticatedException.class,
				() -> credentials(List.of(), Duration.ofSeconds(30)).authorizationHeader().block(Duration.ofSeconds(30))))
			.hasMessageContaining("is on the workspace host but not on its scheme and port")
			.hasMessageContaining("the client secret was not sent");
		elsewhere.verify(0, anyRequestedFor(anyUrl()));
	}

	@Test
	void refusesATokenEndpointOnAnotherPortOfAnAllowedHost() {
		discoveryAnswers(elsewhere.baseUrl().replace("localhost", "127.0.0.1") + "/oidc/v1/token");
		assertThat(catchThrowableOfType(UnauthenticatedException.class,
				() -> credentials(List.of("127.0.0.1", "127.0.0.1:1"), Duration.ofSeconds(30)).authorizationHeader()
					.block(Duration.ofSeconds(30))))
			.hasMessageContaining("nor on a host and port allowed by databricks.oauth.allowed-token-endpoint-hosts");
		elsewhere.verify(0, anyRequestedFor(anyUrl()));
	}

	@Test
	void checksSchemeHostAndPortOfTheTokenEndpoint() {
		TokenEndpointCheck check = new TokenEndpointCheck("https://adb-1.azuredatabricks.net", List.of("login.example.com"));
		assertThat(check.check("https://adb-1.azuredatabricks.net/oidc/v1/token")).hasPort(-1);
		assertThat(check.check("https://adb-1.azuredatabricks.net:443/oidc/v1/token")).hasPort(443);
		assertThat(check.check("https://login.example.com/token")).hasHost("login.example.com");
		assertThatIllegalArgumentException().isThrownBy(() -> check.check("https://adb-1.azuredatabricks.net:8443/oidc/v1/token"));
		assertThatIllegalArgumentException().isThrownBy(() -> check.check("https://login.example.com:1/token"));
		assertThatIllegalArgumentException().isThrownBy(() -> check.check("http://localhost:8080/token"));
		TokenEndpointCheck withPort = new TokenEndpointCheck("https://adb-1.azuredatabricks.net", List.of("login.example.com:8443"));
		assertThat(withPort.check("https://login.example.com:8443/token")).hasPort(8443);
		assertThatIllegalArgumentException().isThrownBy(() -> withPort.check("https://login.example.com/token"));
	}

	@Test
	void sendsTheSecretToAnAllowedTokenEndpointHost() {
		discoveryAnswers(elsewhere.baseUrl().replace("localhost", "127.0.0.1") + "/oidc/v1/token");
		assertThat(credentials(List.of("127.0.0.1:" + elsewhere.getPort()), Duration.ofSeconds(30)).authorizationHeader()
			.block(Duration.ofSeconds(30)))
			.isEqualTo("Bearer " + ACCESS_TOKEN);
		elsewhere.verify(1, postRequestedFor(urlEqualTo("/oidc/v1/token")));
	}

	@Test
	void refusesAnAllowedHostThatIsNotAHostName() {
		assertThatIllegalArgumentException().isThrownBy(() -> new TokenEndpointCheck(server.baseUrl(), Set.of("https://login.example.org")))
			.withMessageContaining("must hold host names such as login.example.com, or host:port");
	}

	@Test
	void aTokenEndpointThatNeverAnswersFailsTheRefreshAndTheNextCallTriesAgain() {
		discoveryAnswers(server.baseUrl() + "/oidc/v1/token");
		server.stubFor(post("/oidc/v1/token").willReturn(okJson("{}").withFixedDelay(60_000)));
		DatabricksCredentialsProvider credentials = credentials(List.of(), Duration.ofSeconds(3));

		assertThat(catchThrowableOfType(UnauthenticatedException.class, () -> credentials.authorizationHeader().block(Duration.ofSeconds(30))))
			.hasMessageContaining("no answer from " + server.baseUrl() + "/oidc/v1/token within 3000 ms");

		server.stubFor(post("/oidc/v1/token").willReturn(okJson("{\"access_token\":\"" + ACCESS_TOKEN + "\",\"expires_in\":3600}")));
		assertThat(credentials.authorizationHeader().block(Duration.ofSeconds(30))).isEqualTo("Bearer " + ACCESS_TOKEN);
	}

	@Test
	void theApplicationsUriBuilderFactoryCannotMoveTheOAuthRequests() {
		discoveryAnswers(server.baseUrl() + "/oidc/v1/token");
		WebClient.Builder elsewhereBuilder = WebClient.builder()
			.uriBuilderFactory(new DefaultUriBuilderFactory(elsewhere.baseUrl()))
			.baseUrl(elsewhere.baseUrl());
		DatabricksCredentialsProvider credentials = new OAuthM2MCredentials(server.baseUrl(), "sp-1", CLIENT_SECRET, elsewhereBuilder,
				this.clock);

		assertThat(credentials.authorizationHeader().block(Duration.ofSeconds(30))).isEqualTo("Bearer " + ACCESS_TOKEN);
		server.verify(1, getRequestedFor(urlEqualTo(DISCOVERY)));
		elsewhere.verify(0, anyRequestedFor(anyUrl()));
	}

	@Test
	void aClientSecretOfAnyShapeIsMaskedWhenTheTokenEndpointEchoesIt() {
		discoveryAnswers(server.baseUrl() + "/oidc/v1/token");
		server.stubFor(post("/oidc/v1/token").willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\":\"invalid_client\",\"error_description\":\"secret " + SHAPELESS_CLIENT_SECRET + " is wrong\"}")));
		DatabricksCredentialsProvider credentials = new OAuthM2MCredentials(server.baseUrl(), "sp-1", SHAPELESS_CLIENT_SECRET,
				WebClient::builder, new TokenEndpointCheck(server.baseUrl(), List.of()), Duration.ofSeconds(30), this.clock);

		UnauthenticatedException ex = catchThrowableOfType(UnauthenticatedException.class,
				() -> credentials.authorizationHeader().block(Duration.ofSeconds(30)));

		assertThat(ex).hasMessageContaining("invalid_client: secret <redacted> is wrong");
		TestSecrets.assertNoSecretIn(ex);
	}

	@Test
	void anApplicationFilterThatSetsAuthorizationReplacesNeitherTheSecretNorAddsItToDiscovery() {
		discoveryAnswers(server.baseUrl() + "/oidc/v1/token");
		WebClient.Builder application = WebClient.builder()
			.filter((request, next) -> next.exchange(ClientRequest.from(request)
				.headers((headers) -> headers.set(HttpHeaders.AUTHORIZATION, "Bearer the-application's-own"))
				.build()));
		DatabricksCredentialsProvider credentials = new OAuthM2MCredentials(server.baseUrl(), "sp-1", CLIENT_SECRET, application,
				this.clock);

		assertThat(credentials.authorizationHeader().block(Duration.ofSeconds(30))).isEqualTo("Bearer " + ACCESS_TOKEN);
		server.verify(getRequestedFor(urlEqualTo(DISCOVERY)).withoutHeader(HttpHeaders.AUTHORIZATION));
		server.verify(postRequestedFor(urlEqualTo("/oidc/v1/token")).withHeader(HttpHeaders.AUTHORIZATION,
				equalTo("Basic " + Base64.getEncoder().encodeToString(("sp-1:" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8)))));
	}

	private void discoveryAnswers(String tokenEndpoint) {
		server.stubFor(get(DISCOVERY).willReturn(okJson("{\"token_endpoint\":\"" + tokenEndpoint + "\"}")));
	}

	private DatabricksCredentialsProvider credentials(List<String> allowedHosts, Duration timeout) {
		return new OAuthM2MCredentials(server.baseUrl(), "sp-1", CLIENT_SECRET, WebClient::builder,
				new TokenEndpointCheck(server.baseUrl(), allowedHosts), timeout, this.clock);
	}

}
