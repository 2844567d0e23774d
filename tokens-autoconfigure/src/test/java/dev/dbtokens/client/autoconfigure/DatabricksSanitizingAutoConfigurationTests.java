package dev.dbtokens.client.autoconfigure;

import java.io.InputStream;
import java.net.URL;
import java.util.Collections;
import java.util.Properties;
import java.util.stream.Collectors;

import dev.dbtokens.client.autoconfigure.actuate.DatabricksSanitizingAutoConfiguration;
import dev.dbtokens.client.support.TestSecrets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.actuate.autoconfigure.context.properties.ConfigurationPropertiesReportEndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.env.EnvironmentEndpointAutoConfiguration;
import org.springframework.boot.actuate.context.properties.ConfigurationPropertiesReportEndpoint;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.actuate.env.EnvironmentEndpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;

import static dev.dbtokens.client.support.TestSecrets.CLIENT_SECRET;
import static dev.dbtokens.client.support.TestSecrets.CONFIGURED_TOKEN;
import static dev.dbtokens.client.support.TestSecrets.CREATED_TOKEN;
import static dev.dbtokens.client.support.TestSecrets.PROXY_PASSWORD;
import static dev.dbtokens.client.support.TestSecrets.SECOND_ACCESS_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The starter's secrets stay masked in Actuator's {@code env} and {@code configprops} endpoints
 * when an application has them show values: under their own keys, and in any entry whose value
 * holds one.
 */
class DatabricksSanitizingAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(WebClientAutoConfiguration.class, TokensClientAutoConfiguration.class,
				DatabricksSanitizingAutoConfiguration.class, EnvironmentEndpointAutoConfiguration.class,
				ConfigurationPropertiesReportEndpointAutoConfiguration.class))
		.withPropertyValues("management.endpoints.web.exposure.include=env,configprops",
				"management.endpoint.env.show-values=always", "management.endpoint.configprops.show-values=always",
				"databricks.host=https://adb-1.azuredatabricks.net", "databricks.token=" + CONFIGURED_TOKEN,
				"databricks.http.proxy.host=proxy.example.com", "databricks.http.proxy.port=3128",
				"databricks.http.proxy.username=alice", "databricks.http.proxy.password=" + PROXY_PASSWORD,
				"databricks.workspaces.prod.host=https://adb-2.azuredatabricks.net",
				"databricks.workspaces.prod.client-id=robot", "databricks.workspaces.prod.client-secret=" + CLIENT_SECRET);

	@Test
	void environmentShowsTheSettingsButNotTheSecrets() {
		this.contextRunner.run((context) -> {
			String env = environment(context.getBean(EnvironmentEndpoint.class));
			assertThat(env).contains("databricks.host=https://adb-1.azuredatabricks.net", "databricks.http.proxy.username=alice",
					"databricks.workspaces.prod.client-id=robot", "databricks.token=******",
					"databricks.http.proxy.password=******", "databricks.workspaces.prod.client-secret=******");
			TestSecrets.assertNoSecretIn("env endpoint", env);
		});
	}

	@Test
	void environmentMasksEveryEntryThatHoldsASecretWhateverItsKey() {
		this.contextRunner
			.withPropertyValues("my.pat=" + CREATED_TOKEN, "databricks.workspaces.dev.host=https://adb-3.azuredatabricks.net",
					"databricks.workspaces.dev.token=${my.pat}", "app.header=Bearer ${databricks.token}")
			.withSystemProperties("https.proxyPassword=" + SECOND_ACCESS_TOKEN,
					"sun.java.command=com.example.App --databricks.token=" + CONFIGURED_TOKEN)
			.run((context) -> {
				String env = environment(context.getBean(EnvironmentEndpoint.class));
				assertThat(env).contains("my.pat=******", "app.header=******", "https.proxyPassword=******",
						"sun.java.command=******", "databricks.workspaces.dev.host=https://adb-3.azuredatabricks.net");
				TestSecrets.assertNoSecretIn("env endpoint", env);
			});
	}

	/** A proxy password is a person's password, often shorter than a Databricks secret. */
	@Test
	void environmentMasksAShortProxyPasswordUnderTheJvmsKeysAndWhereAPlaceholderPointsAt() {
		this.contextRunner.withPropertyValues("app.proxy-pw=Sh0rt!7", "databricks.http.proxy.password=${app.proxy-pw}")
			.withSystemProperties("https.proxyPassword=Pw1!xyz", "http.proxyPassword=Pw2!xyz")
			.run((context) -> {
				String env = environment(context.getBean(EnvironmentEndpoint.class));
				assertThat(env).contains("app.proxy-pw=******", "https.proxyPassword=******", "http.proxyPassword=******",
						"databricks.http.proxy.username=alice")
					.doesNotContain("Sh0rt!7", "Pw1!xyz", "Pw2!xyz");
			});
	}

	@Test
	void configurationPropertiesShowTheSettingsButNotTheSecrets() {
		this.contextRunner.run((context) -> {
			String configprops = context.getBean(ConfigurationPropertiesReportEndpoint.class)
				.configurationPropertiesWithPrefix("databricks")
				.getContexts()
				.values()
				.stream()
				.flatMap((descriptor) -> descriptor.getBeans().values().stream())
				.map((bean) -> bean.getPrefix() + " " + bean.getProperties())
				.collect(Collectors.joining("\n"));
			assertThat(configprops).contains("https://adb-1.azuredatabricks.net", "alice", "robot", "token=******",
					"password=******", "clientSecret=******");
			TestSecrets.assertNoSecretIn("configprops endpoint", configprops);
		});
	}

	@Test
	void anApplicationsOwnFunctionReplacesIt() {
		this.contextRunner.withBean("databricksSanitizingFunction", SanitizingFunction.class, () -> (data) -> data)
			.run((context) -> assertThat(context.getBean("databricksSanitizingFunction", SanitizingFunction.class)
				.apply(new SanitizableData(null, "databricks.token", "x"))
				.getValue()).isEqualTo("x"));
	}

	@Test
	void isAbsentWithoutActuator() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(SanitizingFunction.class))
			.run((context) -> assertThat(context).doesNotHaveBean("databricksSanitizingFunction"));
	}

	/**
	 * Without Actuator the class must not even be loaded (its bean method names Actuator's types):
	 * Spring Boot skips it by the condition the build writes into the auto-configuration metadata.
	 */
	@Test
	void isSkippedWithoutLoadingWhenActuatorIsMissing() throws Exception {
		Properties metadata = new Properties();
		for (URL resource : Collections.list(getClass().getClassLoader().getResources("META-INF/spring-autoconfigure-metadata.properties"))) {
			try (InputStream in = resource.openStream()) {
				metadata.load(in);
			}
		}
		assertThat(metadata.getProperty(DatabricksSanitizingAutoConfiguration.class.getName() + ".ConditionalOnClass"))
			.isEqualTo(SanitizingFunction.class.getName());
	}

	private static String environment(EnvironmentEndpoint endpoint) {
		return endpoint.environment(null)
			.getPropertySources()
			.stream()
			.flatMap((source) -> source.getProperties().entrySet().stream())
			.map((entry) -> entry.getKey() + "=" + entry.getValue().getValue())
			.collect(Collectors.joining("\n"));
	}

	@ParameterizedTest
	@CsvSource({ "databricks.token, true", "DATABRICKS_TOKEN, true", "databricks.client-secret, true",
			"databricks.clientSecret, true", "DATABRICKS_CLIENT_SECRET, true", "databricks.workspaces.prod.token, true",
			"databricks.workspaces[prod].client-secret, true", "databricks.http.proxy.password, true",
			"DATABRICKS_HTTP_PROXY_PASSWORD, true", "https.proxyPassword, true", "http.proxyPassword, true", "databricks.host, false", "DATABRICKS_HOST, false",
			"databricks.tokens.enabled, false", "databricks.oauth.allowed-token-endpoint-hosts, false",
			"databricks.http.proxy.username, false", "databricks.workspaces.prod.client-id, false",
			"spring.security.user.password, false", "sample.rotate-own-token, false" })
	void recognisesTheStartersSecretKeysInEveryForm(String key, boolean secret) {
		assertThat(DatabricksSanitizingAutoConfiguration.isSecret(key)).isEqualTo(secret);
	}

}
