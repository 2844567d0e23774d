package dev.dbtokens.client.autoconfigure;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The metadata an IDE completes {@code databricks.*} properties from.
 */
class ConfigurationMetadataTests {

	@Test
	void describesEveryProperty() throws Exception {
		JsonNode metadata;
		try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
			assertThat(in).as("generated metadata").isNotNull();
			metadata = JsonMapper.builder().build().readTree(in);
		}
		List<String> names = new ArrayList<>();
		for (JsonNode property : metadata.get("properties")) {
			String name = property.get("name").asString();
			names.add(name);
			assertThat(property.path("description").asString("")).as("description of %s", name).isNotBlank();
			assertThat(property.path("description").asString()).as("description of %s", name).doesNotStartWith("The ");
		}
		assertThat(names).contains("databricks.host", "databricks.token", "databricks.allow-insecure-http",
				"databricks.http.connect-timeout", "databricks.http.response-timeout", "databricks.tokens.enabled",
				"databricks.http.max-connections", "databricks.http.pending-acquire-timeout", "databricks.retry.max-attempts",
				"databricks.retry.initial-backoff", "databricks.retry.max-backoff", "databricks.retry.max-retry-after",
				"databricks.retry.timeout", "databricks.rate-limit.requests-per-second");
	}

}
