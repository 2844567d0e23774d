package dev.dbtokens.sample.docs;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/configuration.md and the configuration metadata the starter ships (what an IDE shows) name the
 * same properties with the same defaults, so that the reference cannot drift from the code.
 */
class ConfigurationReferenceTests {

	private static final Pattern ROW = Pattern.compile("^\\|\\s*`([a-z][\\w.<>-]*)`\\s*\\|\\s*([^|]*)\\|", Pattern.MULTILINE);

	@Test
	void documentsEveryPropertyOfTheMetadataWithItsDefault() throws IOException {
		Map<String, String> documented = documented();
		Map<String, String> metadata = metadata();
		assertThat(documented.keySet()).as("properties in docs/configuration.md").containsAll(metadata.keySet());
		assertThat(metadata.keySet()).as("properties in the configuration metadata").containsAll(documented.keySet());
		metadata.forEach((name, defaultValue) -> {
			if (!defaultValue.isEmpty()) {
				assertThat(documented.get(name)).as("default of %s in docs/configuration.md", name).contains(defaultValue);
			}
		});
	}

	private static Map<String, String> documented() throws IOException {
		String page = Files.readString(Docs.root().resolve("docs/configuration.md"));
		Map<String, String> rows = new TreeMap<>();
		Matcher row = ROW.matcher(page);
		while (row.find()) {
			if (row.group(1).startsWith("databricks.") || row.group(1).startsWith("management.")) {
				rows.put(row.group(1), row.group(2).strip());
			}
		}
		return rows;
	}

	private static Map<String, String> metadata() throws IOException {
		JsonMapper json = JsonMapper.builder().build();
		Map<String, String> properties = new TreeMap<>();
		Enumeration<URL> files = ConfigurationReferenceTests.class.getClassLoader()
			.getResources("META-INF/spring-configuration-metadata.json");
		for (URL file : Collections.list(files)) {
			try (InputStream in = file.openStream()) {
				for (JsonNode property : json.readTree(in).path("properties")) {
					String name = property.path("name").asString();
					if (name.startsWith("databricks.") || name.equals("management.health.databricks.enabled")) {
						JsonNode value = property.path("defaultValue");
						properties.put(name, value.isMissingNode() || value.isNull() ? "" : value.asString());
					}
				}
			}
		}
		assertThat(properties).as("databricks.* properties in the configuration metadata").isNotEmpty();
		return properties;
	}

}
