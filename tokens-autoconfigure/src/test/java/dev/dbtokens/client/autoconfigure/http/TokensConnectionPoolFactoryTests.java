package dev.dbtokens.client.autoconfigure.http;

import java.time.Duration;
import java.util.List;
import java.util.Properties;

import dev.dbtokens.client.autoconfigure.TokensClientAutoConfiguration;
import dev.dbtokens.client.support.TestSecrets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.http.client.HttpRedirects;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;

import static dev.dbtokens.client.support.TestSecrets.CONFIGURED_TOKEN;
import static dev.dbtokens.client.support.TestSecrets.PROXY_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where each HTTP setting comes from: {@code databricks.http.*}, else Spring Boot's
 * {@code spring.http.clients.*}, else the starter's defaults; and the proxy from properties or
 * from the JVM's system properties.
 */
class TokensConnectionPoolFactoryTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SslAutoConfiguration.class, HttpClientAutoConfiguration.class,
				WebClientAutoConfiguration.class, TokensClientAutoConfiguration.class))
		.withPropertyValues("databricks.host=https://workspace.example.com", "databricks.token=" + CONFIGURED_TOKEN);

	@Test
	void usesTheStartersDefaultsWhenNothingIsSet() {
		this.contextRunner.run((context) -> {
			TokensConnectionPool pool = context.getBean(TokensConnectionPool.class);
			assertThat(pool.settings().connectTimeout()).isEqualTo(TokensConnectionPoolFactory.DEFAULT_CONNECT_TIMEOUT);
			assertThat(pool.settings().readTimeout()).isEqualTo(TokensConnectionPoolFactory.DEFAULT_RESPONSE_TIMEOUT);
			assertThat(pool.settings().redirects()).isEqualTo(HttpRedirects.DONT_FOLLOW);
			assertThat(pool.settings().sslBundle()).isNull();
		});
	}

	@Test
	void takesSpringHttpClientsSettingsWhereDatabricksHttpIsNotSet() {
		this.contextRunner.withPropertyValues("spring.http.clients.connect-timeout=3s", "spring.http.clients.read-timeout=7s",
				"spring.http.clients.redirects=follow", "databricks.http.response-timeout=9s")
			.run((context) -> {
				TokensConnectionPool pool = context.getBean(TokensConnectionPool.class);
				assertThat(pool.settings().connectTimeout()).isEqualTo(Duration.ofSeconds(3));
				assertThat(pool.settings().readTimeout()).isEqualTo(Duration.ofSeconds(9));
				assertThat(pool.settings().redirects()).isEqualTo(HttpRedirects.DONT_FOLLOW);
			});
	}

	@Test
	void explainsAProxyPortWithoutAHost() {
		this.contextRunner.withPropertyValues("databricks.http.proxy.port=3128")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("databricks.http.proxy.host"));
	}

	@Test
	void explainsAProxyWithoutAPort() {
		this.contextRunner.withPropertyValues("databricks.http.proxy.host=proxy.example.com")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("databricks.http.proxy.port"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://proxy-user:" + PROXY_PASSWORD + "@proxy.example.com:8080", "proxy.example.com:8080",
			"proxy-user@proxy.example.com", "proxy.example.com/path" })
	void explainsAProxyHostThatIsMoreThanAHostWithoutQuotingIt(String host) {
		this.contextRunner.withPropertyValues("databricks.http.proxy.host=" + host, "databricks.http.proxy.port=3128")
			.run((context) -> {
				assertThat(context).getFailure()
					.rootCause()
					.hasMessageContaining("databricks.http.proxy.host")
					.hasMessageContaining("host name or an address only");
				TestSecrets.assertNoSecretIn("failure", String.valueOf(context.getStartupFailure()));
				assertThat(String.valueOf(context.getStartupFailure())).doesNotContain(host);
			});
	}

	@ParameterizedTest
	@ValueSource(strings = { "proxy.example.com", "10.1.2.3", "::1", "[::1]", "fe80::1" })
	void acceptsAProxyHostThatIsANameOrAnAddress(String host) {
		assertThat(DatabricksProxy.isHostName(host)).isTrue();
	}

	@Test
	void readsTheJvmsHttpsProxyOnlyWhenAsked() {
		Properties system = new Properties();
		system.setProperty("https.proxyHost", "proxy.example.com");
		system.setProperty("https.proxyPort", "3128");
		system.setProperty("https.proxyUser", "proxy-user");
		system.setProperty("https.proxyPassword", PROXY_PASSWORD);
		system.setProperty("http.nonProxyHosts", "*.internal|localhost");
		DatabricksHttpProperties.Proxy properties = new DatabricksHttpProperties.Proxy();
		assertThat(TokensConnectionPoolFactory.proxy(properties, system)).isNull();
		properties.setUseSystemProperties(true);
		DatabricksProxy proxy = TokensConnectionPoolFactory.proxy(properties, system);
		assertThat(proxy).isEqualTo(new DatabricksProxy("proxy.example.com", 3128, "proxy-user", PROXY_PASSWORD,
				List.of("*.internal", "localhost")));
		TestSecrets.assertNoSecretIn("toString", proxy.toString());
	}

	/** As the JVM's ProxySelector (and so the Databricks Java SDK's useSystemPropertiesHttp) does. */
	@Test
	void reachesLoopbackDirectlyWhenTheJvmsNonProxyHostsAreNotSet() {
		Properties system = new Properties();
		system.setProperty("https.proxyHost", "proxy.example.com");
		DatabricksHttpProperties.Proxy properties = new DatabricksHttpProperties.Proxy();
		properties.setUseSystemProperties(true);
		assertThat(TokensConnectionPoolFactory.proxy(properties, system).nonProxyHosts()).containsExactly("localhost", "127.*", "[::1]",
				"0.0.0.0", "[::0]");
		system.setProperty("http.nonProxyHosts", "");
		assertThat(TokensConnectionPoolFactory.proxy(properties, system).nonProxyHosts()).isEmpty();
	}

	@Test
	void addsTheNonProxyHostsPropertyToTheJvmsOnes() {
		Properties system = new Properties();
		system.setProperty("https.proxyHost", "proxy.example.com");
		system.setProperty("http.nonProxyHosts", "*.corp");
		DatabricksHttpProperties.Proxy properties = new DatabricksHttpProperties.Proxy();
		properties.setUseSystemProperties(true);
		properties.setNonProxyHosts(List.of("localhost"));
		assertThat(TokensConnectionPoolFactory.proxy(properties, system).nonProxyHosts()).containsExactly("*.corp", "localhost");
	}

	@Test
	void propertiesTakeThePrecedenceOverTheJvmsProxy() {
		Properties system = new Properties();
		system.setProperty("https.proxyHost", "jvm-proxy.example.com");
		DatabricksHttpProperties.Proxy properties = new DatabricksHttpProperties.Proxy();
		properties.setUseSystemProperties(true);
		properties.setHost("proxy.example.com");
		properties.setPort(8080);
		assertThat(TokensConnectionPoolFactory.proxy(properties, system).address()).isEqualTo("proxy.example.com:8080");
	}

	@Test
	void matchesNonProxyHostPatternsLikeTheJvm() {
		String regex = DatabricksProxy.nonProxyHostsRegex(List.of("*.internal", "localhost", "10.1.*"));
		assertThat("adb-1.internal").matches(regex);
		assertThat("LOCALHOST").matches(regex);
		assertThat("10.1.2.3").matches(regex);
		assertThat("adb-1.azuredatabricks.net").doesNotMatch(regex);
		assertThat("internal.example.com").doesNotMatch(regex);
	}

	@Test
	void splitsNonProxyHostEntriesAtPipesAsTheJvmPropertyDoes() {
		DatabricksHttpProperties.Proxy properties = new DatabricksHttpProperties.Proxy();
		properties.setHost("proxy.example.com");
		properties.setPort(3128);
		properties.setNonProxyHosts(List.of("localhost|127.*", " *.internal ", "|"));
		assertThat(TokensConnectionPoolFactory.proxy(properties, new Properties()).nonProxyHosts()).containsExactly("localhost", "127.*",
				"*.internal");
	}

	@ParameterizedTest
	@ValueSource(strings = { "localhost:8080", "*.internal|adb-1.example.com:443", "https://*.internal" })
	void explainsANonProxyHostPatternWithAPortOrScheme(String pattern) {
		this.contextRunner.withPropertyValues("databricks.http.proxy.host=proxy.example.com", "databricks.http.proxy.port=3128",
				"databricks.http.proxy.non-proxy-hosts=" + pattern)
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("databricks.http.proxy.non-proxy-hosts")
				.hasMessageContaining("without a scheme, port or path"));
	}

	@Test
	void neverShowsTheProxyPassword() {
		this.contextRunner.withPropertyValues("databricks.http.proxy.host=proxy.example.com", "databricks.http.proxy.port=3128",
				"databricks.http.proxy.username=proxy-user", "databricks.http.proxy.password=" + PROXY_PASSWORD)
			.run((context) -> {
				TestSecrets.assertNoSecretIn("properties", context.getBean(DatabricksHttpProperties.class).toString());
				TestSecrets.assertNoSecretIn("pool", context.getBean(TokensConnectionPool.class).toString());
			});
	}

}
