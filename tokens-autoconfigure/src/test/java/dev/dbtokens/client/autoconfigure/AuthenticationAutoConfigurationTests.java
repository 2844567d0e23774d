package dev.dbtokens.client.autoconfigure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.dbtokens.client.DatabricksCredentialsProvider;
import dev.dbtokens.client.TokensClient;
import dev.dbtokens.client.TokensClientRegistry;
import dev.dbtokens.client.autoconfigure.diagnostics.InvalidDatabricksPropertyFailureAnalyzer;
import dev.dbtokens.client.error.DeadlineExceededException;
import dev.dbtokens.client.support.TestSecrets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Mono;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.dbtokens.client.support.TestSecrets.ACCESS_TOKEN;
import static dev.dbtokens.client.support.TestSecrets.CLIENT_SECRET;
import static dev.dbtokens.client.support.TestSecrets.CONFIGURED_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * OAuth M2M, {@code ~/.databrickscfg} profiles, pluggable credentials and several workspaces, as
 * a user configures them.
 */
class AuthenticationAutoConfigurationTests {

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	@RegisterExtension
	static WireMockExtension other = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	static final String OTHER_TOKEN = "dapiC0NF1GUREDsecretOTHERworkspace";

	@TempDir
	Path home;

	private ApplicationContextRunner contextRunner;

	@BeforeEach
	void setUp() {
		this.contextRunner = new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(WebClientAutoConfiguration.class, TokensClientAutoConfiguration.class))
			.withPropertyValues("user.home=" + this.home);
		for (WireMockExtension stub : new WireMockExtension[] { server, other }) {
			stub.stubFor(get("/oidc/.well-known/oauth-authorization-server")
				.willReturn(okJson("{\"token_endpoint\":\"" + stub.baseUrl() + "/oidc/v1/token\"}")));
			stub.stubFor(post("/oidc/v1/token").willReturn(
					okJson("{\"access_token\":\"" + ACCESS_TOKEN + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}")));
			stub.stubFor(get("/api/2.0/token/list").willReturn(okJson("{}")));
		}
	}

	@Test
	void authenticatesAsAServicePrincipalWithClientCredentials() {
		this.contextRunner.withPropertyValues("databricks.host=" + server.baseUrl(), "databricks.client-id=sp-1",
				"databricks.client-secret=" + CLIENT_SECRET)
			.run((context) -> list(context));
		assertListedWith(server, "Bearer " + ACCESS_TOKEN);
	}

	@Test
	void readsClientCredentialsFromTheDatabricksEnvironmentVariables() {
		this.contextRunner.withInitializer((context) -> context.getEnvironment()
			.getPropertySources()
			.addFirst(new SystemEnvironmentPropertySource("env", Map.of("DATABRICKS_HOST", server.baseUrl(),
					"DATABRICKS_CLIENT_ID", "sp-1", "DATABRICKS_CLIENT_SECRET", CLIENT_SECRET))))
			.run((context) -> list(context));
		assertListedWith(server, "Bearer " + ACCESS_TOKEN);
	}

	@Test
	void refusesToGuessBetweenATokenAndClientCredentials() {
		this.contextRunner.withPropertyValues("databricks.host=" + server.baseUrl(), "databricks.token=" + CONFIGURED_TOKEN,
				"databricks.client-id=sp-1", "databricks.client-secret=" + CLIENT_SECRET)
			.run((context) -> assertFailure(context, "databricks.auth-type", "ambiguous", "Set databricks.auth-type to pat"));
	}

	@Test
	void authTypeChoosesBetweenATokenAndClientCredentials() {
		String[] both = { "databricks.host=" + server.baseUrl(), "databricks.token=" + CONFIGURED_TOKEN,
				"databricks.client-id=sp-1", "databricks.client-secret=" + CLIENT_SECRET };
		this.contextRunner.withPropertyValues(both).withPropertyValues("databricks.auth-type=pat").run((context) -> list(context));
		assertListedWith(server, "Bearer " + CONFIGURED_TOKEN);
		server.resetRequests();
		this.contextRunner.withPropertyValues(both)
			.withPropertyValues("databricks.auth-type=oauth-m2m")
			.run((context) -> list(context));
		assertListedWith(server, "Bearer " + ACCESS_TOKEN);
	}

	@Test
	void explainsAClientIdWithoutSecret() {
		this.contextRunner.withPropertyValues("databricks.host=" + server.baseUrl(), "databricks.client-id=sp-1")
			.run((context) -> assertFailure(context, "databricks.client-secret", "is not set",
					"Set databricks.client-secret (or the environment variable DATABRICKS_CLIENT_SECRET)"));
	}

	@Test
	void backsOffWhenUserDefinesCredentials() {
		this.contextRunner.withUserConfiguration(VaultCredentials.class)
			.withPropertyValues("databricks.host=" + server.baseUrl())
			.run((context) -> {
				assertThat(context).getBean(DatabricksCredentialsProvider.class).isSameAs(context.getBean("vault"));
				list(context);
			});
		assertListedWith(server, "Bearer from-vault");
	}

	@Test
	void fillsUnsetValuesFromTheDefaultProfile() throws IOException {
		writeConfig("[DEFAULT]\nhost = " + server.baseUrl() + "\ntoken = " + CONFIGURED_TOKEN + "\n");
		this.contextRunner.run((context) -> list(context));
		assertListedWith(server, "Bearer " + CONFIGURED_TOKEN);
	}

	@Test
	void propertiesWinOverTheProfileWhichFillsOnlyWhatIsEmpty() throws IOException {
		writeConfig("[DEFAULT]\nhost = https://unreachable.example\ntoken = " + CONFIGURED_TOKEN + "\n");
		this.contextRunner.withPropertyValues("databricks.host=" + server.baseUrl()).run((context) -> list(context));
		assertListedWith(server, "Bearer " + CONFIGURED_TOKEN);
	}

	@Test
	void choosesTheSettingsDefaultProfileThenAnExplicitOne() throws IOException {
		writeConfig("[__settings__]\ndefault_profile = sp\n\n[DEFAULT]\nhost = https://unreachable.example\ntoken = dapiX\n\n"
				+ "[sp]\nhost = " + server.baseUrl() + "\nclient_id = sp-1\nclient_secret = " + CLIENT_SECRET + "\n\n"
				+ "[other]\nhost = " + other.baseUrl() + "\ntoken = " + OTHER_TOKEN + "\n");
		this.contextRunner.run((context) -> list(context));
		assertListedWith(server, "Bearer " + ACCESS_TOKEN);

		this.contextRunner.withPropertyValues("databricks.profile=other").run((context) -> list(context));
		assertListedWith(other, "Bearer " + OTHER_TOKEN);
		other.resetRequests();

		this.contextRunner.withPropertyValues("DATABRICKS_CONFIG_PROFILE=other").run((context) -> list(context));
		assertListedWith(other, "Bearer " + OTHER_TOKEN);
	}

	@Test
	void readsTheFileNamedByConfigFile() throws IOException {
		Path file = Files.writeString(this.home.resolve("team.cfg"),
				"[DEFAULT]\nhost = " + server.baseUrl() + "\ntoken = " + CONFIGURED_TOKEN + "\n");
		this.contextRunner.withPropertyValues("DATABRICKS_CONFIG_FILE=" + file).run((context) -> list(context));
		assertListedWith(server, "Bearer " + CONFIGURED_TOKEN);
	}

	@Test
	void explainsAMissingProfileNamingFileAndProfile() throws IOException {
		Path file = writeConfig("[DEFAULT]\nhost = " + server.baseUrl() + "\n");
		this.contextRunner.withPropertyValues("databricks.profile=prod")
			.run((context) -> assertFailure(context, "databricks.profile", "profile [prod] is not in " + file,
					"Add a [prod] section to " + file));
	}

	@Test
	void explainsAProfileOfABrowserLoginWhichTheStarterCannotUse() throws IOException {
		Path file = writeConfig("[dev]\nhost = " + server.baseUrl() + "\nauth_type = databricks-cli\n");
		this.contextRunner.withPropertyValues("databricks.profile=dev")
			.run((context) -> assertFailure(context, "databricks.profile",
					"profile [dev] of " + file + " uses auth_type = databricks-cli, which this starter does not support",
					"databricks configure --profile dev"));
	}

	@Test
	void usesAProfileThatNamesATokenAuthTypeAndGivesTheToken() throws IOException {
		writeConfig("[dev]\nhost = " + server.baseUrl() + "\nauth_type = pat\ntoken = " + CONFIGURED_TOKEN + "\n");
		this.contextRunner.withPropertyValues("databricks.profile=dev").run((context) -> list(context));
		assertListedWith(server, "Bearer " + CONFIGURED_TOKEN);
	}

	@Test
	void refusesATokenWhosePlaceholderNothingResolved() {
		this.contextRunner.withPropertyValues("databricks.host=" + server.baseUrl(), "databricks.token=${UNSET_TEST_TOKEN_VARIABLE}")
			.run((context) -> assertFailure(context, "databricks.token", "${UNSET_TEST_TOKEN_VARIABLE}, which nothing resolved",
					"Set the environment variable UNSET_TEST_TOKEN_VARIABLE"));
		assertThat(server.getAllServeEvents()).isEmpty();
	}

	@Test
	void refusesAHostOrClientSecretWhosePlaceholderNothingResolved() {
		this.contextRunner.withPropertyValues("databricks.host=${UNSET_TEST_HOST}", "databricks.token=" + CONFIGURED_TOKEN)
			.run((context) -> assertFailure(context, "databricks.host", "${UNSET_TEST_HOST}", "export UNSET_TEST_HOST="));
		this.contextRunner.withPropertyValues("databricks.host=" + server.baseUrl(), "databricks.client-id=sp-1",
				"databricks.client-secret=prefix-${UNSET_TEST_SECRET}")
			.run((context) -> assertFailure(context, "databricks.client-secret", "${UNSET_TEST_SECRET}",
					"give databricks.client-secret a value directly"));
	}

	@Test
	void explainsAnUnreadableConfigFileThatWasAskedFor() {
		Path missing = this.home.resolve("nope.cfg");
		this.contextRunner.withPropertyValues("databricks.config-file=" + missing, "databricks.profile=prod")
			.run((context) -> assertFailure(context, "databricks.config-file",
					"profile [prod] was asked for but the Databricks configuration file " + missing + " cannot be read",
					"point databricks.config-file"));
	}

	@Test
	void givesEachNamedWorkspaceItsOwnHostAndCredentials() {
		this.contextRunner.withPropertyValues("databricks.workspaces.eu.host=" + server.baseUrl(),
				"databricks.workspaces.eu.token=" + CONFIGURED_TOKEN, "databricks.workspaces.us.host=" + other.baseUrl(),
				"databricks.workspaces.us.client-id=sp-1", "databricks.workspaces.us.client-secret=" + CLIENT_SECRET)
			.run((context) -> {
				assertThat(context).hasNotFailed().doesNotHaveBean(TokensClient.class);
				TokensClientRegistry clients = context.getBean(TokensClientRegistry.class);
				assertThat(clients.names()).containsExactly("eu", "us");
				clients.get("eu").blocking().list();
				clients.get("us").blocking().list();
				assertThatIllegalArgumentException().isThrownBy(() -> clients.get("asia"))
					.withMessageContaining("'asia'")
					.withMessageContaining("[eu, us]");
			});
		assertListedWith(server, "Bearer " + CONFIGURED_TOKEN);
		assertListedWith(other, "Bearer " + ACCESS_TOKEN);
	}

	@Test
	void keepsTheDefaultClientOfAConfigFileBesideNamedWorkspaces() throws Exception {
		Path file = Files.writeString(this.home.resolve("team.cfg"),
				"[DEFAULT]\nhost = " + server.baseUrl() + "\ntoken = " + CONFIGURED_TOKEN + "\n");
		this.contextRunner.withPropertyValues("databricks.config-file=" + file, "databricks.workspaces.us.host=" + other.baseUrl(),
				"databricks.workspaces.us.token=" + OTHER_TOKEN)
			.run((context) -> {
				list(context);
				context.getBean(TokensClientRegistry.class).get("us").blocking().list();
			});
		assertListedWith(server, "Bearer " + CONFIGURED_TOKEN);
	}

	@Test
	void keepsTheDefaultClientBesideNamedWorkspaces() {
		this.contextRunner.withPropertyValues("databricks.host=" + server.baseUrl(), "databricks.token=" + CONFIGURED_TOKEN,
				"databricks.workspaces.us.host=" + other.baseUrl(), "databricks.workspaces.us.token=" + OTHER_TOKEN)
			.run((context) -> {
				list(context);
				context.getBean(TokensClientRegistry.class).get("us").blocking().list();
			});
		assertListedWith(server, "Bearer " + CONFIGURED_TOKEN);
		assertListedWith(other, "Bearer " + OTHER_TOKEN);
	}

	@Test
	void namedWorkspacesInheritTheTopLevelHttpSettings() {
		other.stubFor(get("/api/2.0/token/list").willReturn(okJson("{}").withFixedDelay(1_000)));
		this.contextRunner.withPropertyValues("databricks.http.response-timeout=200ms",
				"databricks.workspaces.us.host=" + other.baseUrl(), "databricks.workspaces.us.token=" + OTHER_TOKEN)
			.run((context) -> assertThat(catchThrowableOfType(DeadlineExceededException.class,
					() -> context.getBean(TokensClientRegistry.class).get("us").blocking().list())).isNotNull());
	}

	@Test
	void refusesHttpSettingsOfANamedWorkspaceNamingTheKeyInsteadOfIgnoringThem() {
		this.contextRunner.withPropertyValues("databricks.workspaces.us.host=" + other.baseUrl(),
				"databricks.workspaces.us.token=" + OTHER_TOKEN, "databricks.workspaces.us.http.response-timeout=200ms")
			.run((context) -> assertFailure(context, "databricks.workspaces.us.http.response-timeout",
					"the http settings are shared by every workspace",
					"Move it to databricks.http.response-timeout, which applies to every workspace, or remove it."));
	}

	@Test
	void refusesAKeyNoWorkspaceTakes() {
		this.contextRunner.withPropertyValues("databricks.workspaces.us.host=" + other.baseUrl(),
				"databricks.workspaces.us.token=" + OTHER_TOKEN, "databricks.workspaces.us.hots=" + server.baseUrl())
			.run((context) -> assertFailure(context, "databricks.workspaces.us.hots", "a workspace takes only host, token",
					"Remove it, or correct its name"));
	}

	@Test
	void boundsTheOAuthRequestsByTheOAuthRequestTimeout() {
		server.stubFor(post("/oidc/v1/token").willReturn(okJson("{}").withFixedDelay(5_000)));
		this.contextRunner.withPropertyValues("databricks.host=" + server.baseUrl(), "databricks.client-id=sp-1",
				"databricks.client-secret=" + CLIENT_SECRET, "databricks.oauth.request-timeout=300ms",
				"databricks.retry.max-attempts=1")
			.run((context) -> assertThat(catchThrowableOfType(RuntimeException.class,
					() -> context.getBean(TokensClient.class).blocking().list()))
				.hasMessageContaining("within 300 ms"));
	}

	@Test
	void aCallWaitsForATokenNoLongerThanItsOwnTimeout() {
		server.stubFor(post("/oidc/v1/token").willReturn(okJson("{}").withFixedDelay(5_000)));
		this.contextRunner.withPropertyValues("databricks.host=" + server.baseUrl(), "databricks.client-id=sp-1",
				"databricks.client-secret=" + CLIENT_SECRET, "databricks.oauth.request-timeout=1m", "databricks.retry.timeout=500ms")
			.run((context) -> assertThat(catchThrowableOfType(DeadlineExceededException.class,
					() -> context.getBean(TokensClient.class).blocking().list()))
				.hasMessageContaining("within the call timeout of 500ms"));
	}

	@Test
	void explainsAnOAuthRequestTimeoutThatIsNotPositive() {
		this.contextRunner.withPropertyValues("databricks.host=" + server.baseUrl(), "databricks.client-id=sp-1",
				"databricks.client-secret=" + CLIENT_SECRET, "databricks.oauth.request-timeout=0s")
			.run((context) -> assertFailure(context, "databricks.oauth.request-timeout", "must be a positive duration",
					"Set databricks.oauth.request-timeout to a positive duration, or remove it to use 30s."));
	}

	@Test
	void explainsABadNamedWorkspaceByItsProperty() {
		this.contextRunner.withPropertyValues("databricks.workspaces.us.host=" + other.baseUrl())
			.run((context) -> assertFailure(context, "databricks.workspaces.us.token", "is not set",
					"Set databricks.workspaces.us.token to a Databricks personal access token"));
	}

	@Test
	void readsAConfigFileThatStartsWithAByteOrderMark() throws IOException {
		writeConfig("\uFEFF[DEFAULT]\nhost = " + server.baseUrl() + "\ntoken = " + CONFIGURED_TOKEN + "\n");
		this.contextRunner.run((context) -> list(context));
		assertListedWith(server, "Bearer " + CONFIGURED_TOKEN);
	}

	/** As the SDKs read it: the section is [other]; its lines must not fill [DEFAULT] in its place. */
	@Test
	void readsASectionHeaderFollowedByAComment() throws IOException {
		writeConfig("[DEFAULT]\nhost = " + server.baseUrl() + "\ntoken = " + CONFIGURED_TOKEN + "\n\n"
				+ "[other]   ; the other team's workspace\nhost = " + other.baseUrl() + "\ntoken = " + OTHER_TOKEN + "\n");
		this.contextRunner.run((context) -> list(context));
		assertListedWith(server, "Bearer " + CONFIGURED_TOKEN);
		this.contextRunner.withPropertyValues("databricks.profile=other").run((context) -> list(context));
		assertListedWith(other, "Bearer " + OTHER_TOKEN);
	}

	@Test
	void expandsTildeToTheHomeDirectoryTakenLiterally() throws IOException {
		Path home = Files.createDirectories(this.home.resolve("C:\\Users\\bob$1"));
		Files.writeString(home.resolve("team.cfg"), "[DEFAULT]\nhost = " + server.baseUrl() + "\ntoken = " + CONFIGURED_TOKEN + "\n");
		this.contextRunner.withPropertyValues("user.home=" + home, "databricks.config-file=~/team.cfg")
			.run((context) -> list(context));
		assertListedWith(server, "Bearer " + CONFIGURED_TOKEN);
	}

	@Test
	void refusesAHostWithUserInformationWithoutRepeatingIt() {
		this.contextRunner.withPropertyValues("databricks.host=https://me:" + CONFIGURED_TOKEN + "@adb-1.azuredatabricks.net",
				"databricks.token=" + CONFIGURED_TOKEN)
			.run((context) -> assertFailure(context, "databricks.host", "user information", "Set databricks.host"));
	}

	@Test
	void authenticatesWithOAuthOverPlainHttpWhenInsecureHttpIsAllowed() {
		this.contextRunner.withPropertyValues("databricks.host=http://workspace.internal", "databricks.client-id=sp-1",
				"databricks.client-secret=" + CLIENT_SECRET, "databricks.allow-insecure-http=true")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean(DatabricksConnectionDetails.class).workspaceUri())
					.hasToString("http://workspace.internal");
				assertThat(context.getBean(DatabricksCredentialsProvider.class).authType()).isEqualTo("oauth-m2m");
			});
	}

	@Test
	void aConnectionDetailsBeanReplacesTheProperties() {
		this.contextRunner.withUserConfiguration(ServiceRegistryConnection.class)
			.withPropertyValues("databricks.host=https://unreachable.example")
			.run((context) -> {
				assertThat(context).getBean(DatabricksConnectionDetails.class).isSameAs(context.getBean("registry"));
				list(context);
			});
		assertListedWith(server, "Bearer " + OTHER_TOKEN);
	}

	@Test
	void aWorkspacesConnectionDetailsBeanReplacesTheNamedWorkspaces() {
		this.contextRunner.withUserConfiguration(ServiceRegistryWorkspaces.class)
			.withPropertyValues("databricks.workspaces.eu.host=https://unreachable.example")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean(TokensClientRegistry.class).names()).containsExactly("registered");
				context.getBean(TokensClientRegistry.class).get("registered").blocking().list();
			});
		assertListedWith(other, "Bearer " + OTHER_TOKEN);
	}

	@Configuration(proxyBeanMethods = false)
	static class ServiceRegistryConnection {

		@Bean
		DatabricksConnectionDetails registry() {
			return details(server.baseUrl());
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class ServiceRegistryWorkspaces {

		@Bean
		DatabricksWorkspacesConnectionDetails registryWorkspaces() {
			return () -> Map.of("registered", details(other.baseUrl()));
		}

	}

	static DatabricksConnectionDetails details(String url) {
		return new DatabricksConnectionDetails() {

			@Override
			public java.net.URI workspaceUri() {
				return java.net.URI.create(url);
			}

			@Override
			public DatabricksCredentialsProvider credentials() {
				return DatabricksCredentialsProvider.personalAccessToken(OTHER_TOKEN);
			}

		};
	}

	private Path writeConfig(String content) throws IOException {
		return Files.writeString(this.home.resolve(".databrickscfg"), content);
	}

	private static void list(AssertableApplicationContext context) {
		assertThat(context).hasNotFailed();
		assertThat(context.getBean(TokensClient.class).blocking().list()).isEmpty();
	}

	private static void assertListedWith(WireMockExtension stub, String authorization) {
		stub.verify(getRequestedFor(urlEqualTo("/api/2.0/token/list")).withHeader("Authorization", equalTo(authorization)));
	}

	private static void assertFailure(AssertableApplicationContext context, String property, String problem, String action) {
		assertThat(context).hasFailed();
		FailureAnalysis analysis = new InvalidDatabricksPropertyFailureAnalyzer().analyze(context.getStartupFailure());
		assertThat(analysis).isNotNull();
		assertThat(analysis.getDescription()).contains("'" + property + "'").contains(problem);
		assertThat(analysis.getAction()).contains(action);
		TestSecrets.assertNoSecretIn("failure analysis", analysis.getDescription() + analysis.getAction());
		TestSecrets.assertNoSecretIn(context.getStartupFailure());
	}

	@Configuration(proxyBeanMethods = false)
	static class VaultCredentials {

		@Bean
		DatabricksCredentialsProvider vault() {
			return () -> Mono.just("Bearer from-vault");
		}

	}

}
