package dev.dbtokens.client.autoconfigure;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.dbtokens.client.CreateTokenRequest;
import dev.dbtokens.client.DatabricksCredentialsProvider;
import dev.dbtokens.client.TokensClient;
import dev.dbtokens.client.error.DatabricksApiException;
import dev.dbtokens.client.support.CapturingAppender;
import dev.dbtokens.client.support.TestSecrets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.codec.autoconfigure.CodecsAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.WebClientCustomizer;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.web.util.DefaultUriBuilderFactory;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
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
import static dev.dbtokens.client.support.TestSecrets.CONFIGURED_TOKEN;
import static dev.dbtokens.client.support.TestSecrets.CREATED_TOKEN;
import static dev.dbtokens.client.support.TestSecrets.PROXY_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The HTTP stack as a user in a company network meets it: a workspace behind a private CA, an
 * HTTPS proxy with and without credentials, an application {@code WebClient.Builder} pointing
 * elsewhere, and request-detail logging switched on.
 */
class HttpTransportTests {

	@TempDir
	static Path directory;

	static SelfSignedCertificate certificate;

	static WireMockServer workspace;

	static WireMockServer elsewhere;

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SslAutoConfiguration.class, CodecsAutoConfiguration.class,
				HttpClientAutoConfiguration.class, WebClientAutoConfiguration.class, TokensClientAutoConfiguration.class))
		.withPropertyValues("databricks.retry.max-attempts=1");

	@BeforeAll
	static void startWorkspace() throws Exception {
		certificate = SelfSignedCertificate.create(directory);
		workspace = new WireMockServer(wireMockConfig().dynamicPort()
			.dynamicHttpsPort()
			.keystorePath(certificate.keyStore().toString())
			.keystorePassword(certificate.password())
			.keyManagerPassword(certificate.password())
			.keystoreType("PKCS12"));
		workspace.start();
		elsewhere = new WireMockServer(wireMockConfig().dynamicPort());
		elsewhere.start();
	}

	@AfterAll
	static void stopWorkspace() {
		workspace.stop();
		elsewhere.stop();
	}

	@BeforeEach
	void stubs() {
		workspace.resetAll();
		elsewhere.resetAll();
		workspace.stubFor(get("/api/2.0/token/list").willReturn(okJson("{\"token_infos\":[{\"token_id\":\"t1\"}]}")));
		workspace.stubFor(post("/api/2.0/token/create").willReturn(
				okJson("{\"token_value\":\"" + CREATED_TOKEN + "\",\"token_info\":{\"token_id\":\"t2\"}}")));
		workspace.stubFor(get("/oidc/.well-known/oauth-authorization-server")
			.willReturn(okJson("{\"token_endpoint\":\"" + https() + "/oidc/v1/token\"}")));
		workspace.stubFor(post("/oidc/v1/token")
			.willReturn(okJson("{\"access_token\":\"" + ACCESS_TOKEN + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}")));
		elsewhere.stubFor(get(anyUrl()).willReturn(okJson("{}")));
	}

	@Test
	void trustsAPrivateCaThroughTheSslBundle() {
		this.contextRunner.withPropertyValues(pat()).withPropertyValues(bundle()).run((context) ->
				assertThat(context.getBean(TokensClient.class).blocking().list()).hasSize(1));
		workspace.verify(getRequestedFor(urlEqualTo("/api/2.0/token/list"))
			.withHeader("Authorization", equalTo("Bearer " + CONFIGURED_TOKEN)));
	}

	@Test
	void doesNotTrustAPrivateCaWithoutTheSslBundle() {
		this.contextRunner.withPropertyValues(pat()).run((context) ->
				assertThatExceptionOfType(RuntimeException.class).isThrownBy(() -> context.getBean(TokensClient.class).blocking().list())
					.withStackTraceContaining("PKIX"));
		workspace.verify(0, anyRequestedFor(anyUrl()));
	}

	@Test
	void explainsAnSslBundleThatDoesNotExist() {
		this.contextRunner.withPropertyValues(pat()).withPropertyValues("databricks.http.ssl.bundle=nope")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("databricks.http.ssl.bundle")
				.hasMessageContaining("nope"));
	}

	@ParameterizedTest(name = "proxy credentials: {0}")
	@ValueSource(booleans = { false, true })
	void sendsThePatCallsThroughTheProxy(boolean withCredentials) throws Exception {
		try (ConnectProxy proxy = withCredentials ? new ConnectProxy("proxy-user", PROXY_PASSWORD) : new ConnectProxy(null, null)) {
			this.contextRunner.withPropertyValues(pat()).withPropertyValues(bundle()).withPropertyValues(proxy(proxy, withCredentials))
				.run((context) -> assertThat(context.getBean(TokensClient.class).blocking().list()).hasSize(1));
			assertThat(proxy.tunnels()).isNotEmpty().containsOnly("localhost:" + workspace.httpsPort());
		}
		workspace.verify(getRequestedFor(urlEqualTo("/api/2.0/token/list"))
			.withHeader("Authorization", equalTo("Bearer " + CONFIGURED_TOKEN)));
	}

	@ParameterizedTest(name = "proxy credentials: {0}")
	@ValueSource(booleans = { false, true })
	void sendsTheOAuthRequestsThroughTheProxyToo(boolean withCredentials) throws Exception {
		try (ConnectProxy proxy = withCredentials ? new ConnectProxy("proxy-user", PROXY_PASSWORD) : new ConnectProxy(null, null)) {
			this.contextRunner.withPropertyValues(oauth()).withPropertyValues(bundle()).withPropertyValues(proxy(proxy, withCredentials))
				.run((context) -> assertThat(context.getBean(TokensClient.class).blocking().list()).hasSize(1));
			assertThat(proxy.tunnels()).isNotEmpty().containsOnly("localhost:" + workspace.httpsPort());
		}
		workspace.verify(1, getRequestedFor(urlEqualTo("/oidc/.well-known/oauth-authorization-server")));
		workspace.verify(getRequestedFor(urlEqualTo("/api/2.0/token/list"))
			.withHeader("Authorization", equalTo("Bearer " + ACCESS_TOKEN)));
	}

	@Test
	void theProxyPasswordIsMaskedWhenAServerEchoesIt() throws Exception {
		workspace.stubFor(get("/api/2.0/token/list").willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error_code\":\"BAD_REQUEST\",\"message\":\"password " + PROXY_PASSWORD + " seen\"}")));
		try (ConnectProxy proxy = new ConnectProxy("proxy-user", PROXY_PASSWORD)) {
			this.contextRunner.withPropertyValues(pat()).withPropertyValues(bundle()).withPropertyValues(proxy(proxy, true))
				.run((context) -> assertThatExceptionOfType(DatabricksApiException.class)
					.isThrownBy(() -> context.getBean(TokensClient.class).blocking().list())
					.withMessageContaining("password <redacted> seen")
					.satisfies(TestSecrets::assertNoSecretIn));
		}
	}

	@Test
	void aProxyThatRefusesTheCredentialsFailsNamingTheProxy() throws Exception {
		try (ConnectProxy proxy = new ConnectProxy("proxy-user", "another-password")) {
			this.contextRunner.withPropertyValues(pat()).withPropertyValues(bundle()).withPropertyValues(proxy(proxy, true))
				.run((context) -> assertThatExceptionOfType(RuntimeException.class)
					.isThrownBy(() -> context.getBean(TokensClient.class).blocking().list())
					.withMessageContaining("The proxy 127.0.0.1:" + proxy.port() + " refused the proxy credentials")
					.withMessageContaining("407")
					.withMessageContaining("databricks.http.proxy.password")
					.withMessageNotContaining("no answer from")
					.satisfies(TestSecrets::assertNoSecretIn));
		}
		workspace.verify(0, anyRequestedFor(anyUrl()));
	}

	/** A company proxy whose policy does not let the application reach the workspace (or that hangs up). */
	@ParameterizedTest(name = "OAuth: {0}")
	@ValueSource(booleans = { false, true })
	void aProxyThatRefusesTheWorkspaceFailsNamingTheProxy(boolean oauth) throws Exception {
		try (ConnectProxy proxy = new ConnectProxy(null, null).refusingWith("403 Forbidden")) {
			this.contextRunner.withPropertyValues(oauth ? oauth() : pat()).withPropertyValues(bundle())
				.withPropertyValues(proxy(proxy, false))
				.run((context) -> assertThatExceptionOfType(RuntimeException.class)
					.isThrownBy(() -> context.getBean(TokensClient.class).blocking().list())
					.withMessageContaining("the proxy 127.0.0.1:" + proxy.port() + " did not connect to the workspace (403 Forbidden)")
					.withMessageNotContaining("could not connect to the proxy")
					.withMessageContaining("databricks.http.proxy")
					.satisfies(TestSecrets::assertNoSecretIn));
		}
		workspace.verify(0, anyRequestedFor(anyUrl()));
	}

	@Test
	void usesTheJvmsProxyWithItsDefaultNonProxyHostsWhenAsked() throws Exception {
		try (ConnectProxy proxy = new ConnectProxy(null, null)) {
			this.contextRunner.withPropertyValues(pat()).withPropertyValues(bundle())
				.withPropertyValues("databricks.http.proxy.use-system-properties=true")
				.withSystemProperties("https.proxyHost=127.0.0.1", "https.proxyPort=" + proxy.port())
				.run((context) -> assertThat(context.getBean(TokensClient.class).blocking().list()).hasSize(1));
			assertThat(proxy.tunnels()).as("localhost is reached directly, as by the JVM's ProxySelector").isEmpty();
			this.contextRunner.withPropertyValues(pat()).withPropertyValues(bundle())
				.withPropertyValues("databricks.http.proxy.use-system-properties=true")
				.withSystemProperties("https.proxyHost=127.0.0.1", "https.proxyPort=" + proxy.port(), "http.nonProxyHosts=*.internal")
				.run((context) -> assertThat(context.getBean(TokensClient.class).blocking().list()).hasSize(1));
			assertThat(proxy.tunnels()).containsOnly("localhost:" + workspace.httpsPort());
		}
	}

	@ParameterizedTest(name = "OAuth: {0}")
	@ValueSource(booleans = { false, true })
	void aProxyThatCannotBeReachedFailsNamingTheProxy(boolean oauth) throws Exception {
		int closed;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			closed = socket.getLocalPort();
		}
		this.contextRunner.withPropertyValues(oauth ? oauth() : pat()).withPropertyValues(bundle())
			.withPropertyValues("databricks.http.proxy.host=127.0.0.1", "databricks.http.proxy.port=" + closed)
			.run((context) -> assertThatExceptionOfType(RuntimeException.class)
				.isThrownBy(() -> context.getBean(TokensClient.class).blocking().list())
				.withMessageContaining("could not connect to the proxy 127.0.0.1:" + closed)
				.withMessageContaining("databricks.http.proxy.host and .port"));
	}

	/** Patterns as a list, or in one entry separated by '|' as in the JVM's http.nonProxyHosts. */
	@ParameterizedTest(name = "non-proxy-hosts={0}")
	@ValueSource(strings = { "*.internal,LOCAL*", "*.internal|localhost", "127.*| localhost |*.internal" })
	void reachesNonProxyHostsDirectly(String nonProxyHosts) throws Exception {
		try (ConnectProxy proxy = new ConnectProxy(null, null)) {
			this.contextRunner.withPropertyValues(pat()).withPropertyValues(bundle()).withPropertyValues(proxy(proxy, false))
				.withPropertyValues("databricks.http.proxy.non-proxy-hosts=" + nonProxyHosts)
				.run((context) -> assertThat(context.getBean(TokensClient.class).blocking().list()).hasSize(1));
			assertThat(proxy.tunnels()).isEmpty();
		}
	}

	@Test
	void acceptsInsecureHttpUnderOAuthWhenAllowed() {
		this.contextRunner.withPropertyValues("databricks.host=http://workspace.internal", "databricks.client-id=sp-1",
				"databricks.client-secret=" + CLIENT_SECRET, "databricks.allow-insecure-http=true")
			.run((context) -> {
				assertThat(context).hasNotFailed().hasSingleBean(TokensClient.class);
				assertThat(context.getBean(DatabricksCredentialsProvider.class).authType()).isEqualTo("oauth-m2m");
			});
	}

	@Test
	void theApplicationsUriBuilderFactoryCannotMoveARequest() {
		this.contextRunner.withPropertyValues(pat()).withPropertyValues(bundle())
			.withBean(WebClientCustomizer.class, () -> (builder) -> builder.baseUrl(elsewhere.baseUrl())
				.uriBuilderFactory(new DefaultUriBuilderFactory(elsewhere.baseUrl())))
			.run((context) -> assertThat(context.getBean(TokensClient.class).blocking().list()).hasSize(1));
		elsewhere.verify(0, anyRequestedFor(anyUrl()));
		workspace.verify(1, getRequestedFor(urlEqualTo("/api/2.0/token/list")));
	}

	/** An application whose own calls carry its credentials through its builder's defaultRequest. */
	@ParameterizedTest(name = "OAuth: {0}")
	@ValueSource(booleans = { false, true })
	void theApplicationsDefaultRequestPutsNothingOnTheRequests(boolean oauth) {
		this.contextRunner.withPropertyValues(oauth ? oauth() : pat()).withPropertyValues(bundle())
			.withBean(WebClientCustomizer.class, () -> (builder) -> builder.defaultRequest((request) -> request
				.header("Authorization", "Bearer application-credential")
				.header("X-Api-Key", "application-key")
				.cookie("SESSION", "application-session")))
			.withBean(TokensClientCustomizer.class, () -> (builder) -> builder.defaultRequest((request) -> request.header("X-Team", "portal")))
			.run((context) -> assertThat(context.getBean(TokensClient.class).blocking().list()).hasSize(1));
		workspace.verify(1, getRequestedFor(urlEqualTo("/api/2.0/token/list"))
			.withHeader("Authorization", equalTo("Bearer " + (oauth ? ACCESS_TOKEN : CONFIGURED_TOKEN)))
			.withHeader("X-Team", equalTo("portal")));
		if (oauth) {
			workspace.verify(1, getRequestedFor(urlEqualTo("/oidc/.well-known/oauth-authorization-server")).withoutHeader("Authorization"));
			workspace.verify(1, postRequestedFor(urlEqualTo("/oidc/v1/token")).withHeader("Authorization", equalTo("Basic "
					+ Base64.getEncoder().encodeToString(("sp-1:" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8)))));
		}
		workspace.verify(0, anyRequestedFor(anyUrl()).withHeader("Authorization", containing("application-credential")));
		workspace.verify(0, anyRequestedFor(anyUrl()).withHeader("X-Api-Key", containing("application")));
		workspace.verify(0, anyRequestedFor(anyUrl()).withHeader("Cookie", containing("application")));
	}

	@Test
	void logsNoSecretAtTraceWithRequestDetailLoggingOn() {
		Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
		Level level = root.getLevel();
		root.setLevel(Level.TRACE);
		try {
			CapturingAppender.drain();
			for (String[] credentials : List.of(pat(), oauth())) {
				this.contextRunner.withPropertyValues(credentials).withPropertyValues(bundle())
					.withPropertyValues("spring.codec.log-request-details=true")
					.run((context) -> {
						TokensClient client = context.getBean(TokensClient.class);
						client.blocking().list();
						client.blocking().create(CreateTokenRequest.of("ci", null));
					});
			}
			List<String> lines = CapturingAppender.lines();
			assertThat(lines).anySatisfy((line) -> assertThat(line).contains("ExchangeFunctions").contains("headers={masked}"));
			lines.forEach((line) -> TestSecrets.assertNoSecretIn("log line", line));
		}
		finally {
			root.setLevel(level);
		}
	}

	private static String https() {
		return "https://localhost:" + workspace.httpsPort();
	}

	private static String[] pat() {
		return new String[] { "databricks.host=" + https(), "databricks.token=" + CONFIGURED_TOKEN };
	}

	private static String[] oauth() {
		return new String[] { "databricks.host=" + https(), "databricks.client-id=sp-1", "databricks.client-secret=" + CLIENT_SECRET };
	}

	private static String[] bundle() {
		return new String[] { "spring.ssl.bundle.pem.workspace.truststore.certificate=file:" + certificate.certificate(),
				"databricks.http.ssl.bundle=workspace" };
	}

	private static String[] proxy(ConnectProxy proxy, boolean withCredentials) {
		return withCredentials
				? new String[] { "databricks.http.proxy.host=127.0.0.1", "databricks.http.proxy.port=" + proxy.port(),
						"databricks.http.proxy.username=proxy-user", "databricks.http.proxy.password=" + PROXY_PASSWORD }
				: new String[] { "databricks.http.proxy.host=127.0.0.1", "databricks.http.proxy.port=" + proxy.port() };
	}

}
