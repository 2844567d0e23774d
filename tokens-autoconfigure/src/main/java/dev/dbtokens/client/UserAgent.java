package dev.dbtokens.client;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;

/**
 * The {@code User-Agent} header: this starter and its version, the JVM, the OS and the kind of
 * authentication, in the form the Databricks SDKs use.
 */
final class UserAgent {

	static final String PRODUCT = "databricks-tokens-spring-boot";

	static final String VERSION = readVersion();

	private UserAgent() {
	}

	static String of(String authType) {
		String os = System.getProperty("os.name", "unknown").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]+", "-");
		return PRODUCT + "/" + VERSION + " jvm/" + System.getProperty("java.version", "unknown") + " os/" + os + " auth/" + authType;
	}

	private static String readVersion() {
		try (InputStream in = UserAgent.class.getResourceAsStream("version.properties")) {
			Properties properties = new Properties();
			if (in != null) {
				properties.load(in);
			}
			return properties.getProperty("version", "unknown");
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

}
