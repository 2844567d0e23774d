package dev.dbtokens.client.autoconfigure;

import java.beans.PropertyDescriptor;
import java.io.InputStream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.dbtokens.client.DatabricksCredentialsProvider;
import dev.dbtokens.client.RetrySettings;
import dev.dbtokens.client.TokensClient;
import dev.dbtokens.client.autoconfigure.lifecycle.RotationProperties;
import dev.dbtokens.client.lifecycle.TokenLifecycle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.BeanUtils;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.boot.convert.DurationStyle;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The metadata an IDE completes {@code databricks.*} properties from.
 */
class ConfigurationMetadataTests {

	private static final Map<String, JsonNode> properties = new LinkedHashMap<>();

	@BeforeAll
	static void readMetadata() throws Exception {
		try (InputStream in = ConfigurationMetadataTests.class.getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
			assertThat(in).as("generated metadata").isNotNull();
			JsonNode metadata = JsonMapper.builder().build().readTree(in);
			metadata.get("properties").forEach((property) -> properties.put(property.get("name").asString(), property));
		}
	}

	@Test
	void describesEveryProperty() {
		properties.forEach((name, property) -> {
			assertThat(property.path("description").asString("")).as("description of %s", name).isNotBlank();
			assertThat(property.path("description").asString()).as("description of %s", name).doesNotStartWith("The ");
		});
		assertThat(properties).containsKeys("databricks.host", "databricks.token", "databricks.allow-insecure-http",
				"databricks.http.connect-timeout", "databricks.http.response-timeout", "databricks.tokens.enabled",
				"databricks.http.max-connections", "databricks.http.pending-acquire-timeout", "databricks.retry.max-attempts",
				"databricks.retry.initial-backoff", "databricks.retry.max-backoff", "databricks.retry.max-retry-after",
				"databricks.retry.timeout", "databricks.rate-limit.requests-per-second", "management.health.databricks.enabled");
	}

	@Test
	void describesEveryKeyOfANamedWorkspaceAsTheTopLevelOne() {
		for (PropertyDescriptor descriptor : writable(WorkspaceProperties.class)) {
			String key = kebab(descriptor.getName());
			assertThat(properties).containsKeys("databricks." + key, "databricks.workspaces.<name>." + key);
			assertThat(properties.get("databricks.workspaces.<name>." + key).get("type").asString())
				.isEqualTo(properties.get("databricks." + key).get("type").asString());
		}
	}

	@Test
	void describesEveryKeyOfARotationWithItsDefault() {
		RotationProperties defaults = new RotationProperties();
		BeanWrapperImpl values = new BeanWrapperImpl(defaults);
		for (PropertyDescriptor descriptor : writable(RotationProperties.class)) {
			String name = "databricks.rotation.<name>." + kebab(descriptor.getName());
			assertThat(properties).containsKey(name);
			Object value = values.getPropertyValue(descriptor.getName());
			JsonNode documented = properties.get(name).get("defaultValue");
			if (value == null) {
				assertThat(documented).as("default of %s", name).isNull();
			}
			else if (value instanceof Duration duration) {
				assertThat(DurationStyle.detectAndParse(documented.asString())).as("default of %s", name).isEqualTo(duration);
			}
			else {
				assertThat(documented.asString()).as("default of %s", name).isEqualTo(String.valueOf(value));
			}
		}
	}

	@Test
	void documentsTheDefaultsTheClientTypesDefine() {
		RetrySettings retry = RetrySettings.defaults();
		assertThat(properties.get("databricks.retry.max-attempts").get("defaultValue").asInt()).isEqualTo(retry.maxAttempts());
		assertThat(duration("databricks.retry.initial-backoff")).isEqualTo(retry.initialBackoff());
		assertThat(duration("databricks.retry.max-backoff")).isEqualTo(retry.maxBackoff());
		assertThat(duration("databricks.retry.max-retry-after")).isEqualTo(retry.maxRetryAfter());
		assertThat(duration("databricks.retry.timeout")).isEqualTo(retry.timeout());
		assertThat(duration("databricks.oauth.request-timeout")).isEqualTo(DatabricksCredentialsProvider.DEFAULT_OAUTH_REQUEST_TIMEOUT);
		assertThat(properties.get("databricks.logging.max-body-length").get("defaultValue").asInt())
			.isEqualTo(TokensClient.Builder.DEFAULT_MAX_LOGGED_BODY_LENGTH);
		assertThat(properties.get("databricks.lifecycle.revoke-concurrency").get("defaultValue").asInt())
			.isEqualTo(TokenLifecycle.DEFAULT_CONCURRENCY);
		assertThat(properties.get("management.health.databricks.enabled").get("defaultValue").asBoolean()).isTrue();
	}

	private static Duration duration(String name) {
		return DurationStyle.detectAndParse(properties.get(name).get("defaultValue").asString());
	}

	private static Iterable<PropertyDescriptor> writable(Class<?> type) {
		return java.util.Arrays.stream(BeanUtils.getPropertyDescriptors(type))
			.filter((descriptor) -> descriptor.getWriteMethod() != null)
			.toList();
	}

	private static String kebab(String name) {
		return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
	}

}
