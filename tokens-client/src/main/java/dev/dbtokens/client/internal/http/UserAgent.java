package dev.dbtokens.client.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The {@code User-Agent} header: this starter and its version, the JVM, the OS and the kind of
 * authentication, in the form the Databricks SDKs use.
 */
public final class UserAgent {

	public static final String PRODUCT = "databricks-tokens-spring-boot";

	public static final String VERSION = readVersion();

	private UserAgent() {
	}

	private static final Pattern PRODUCT_PATTERN = Pattern.compile("[A-Za-z0-9._+-]+/[A-Za-z0-9._+-]+");

	private static final String SPRING_BOOT = springBoot();

	/**
	 * The header: the application's product first when given, then this starter, Spring Boot (when
	 * present), the JVM, the OS and the kind of authentication.
	 */
	public static String of(@Nullable String product, String authType) {
		String os = System.getProperty("os.name", "unknown").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]+", "-");
		return ((product != null) ? product + " " : "") + PRODUCT + "/" + VERSION + SPRING_BOOT + " jvm/"
				+ System.getProperty("java.version", "unknown") + " os/" + os + " auth/" + authType;
	}

	public static boolean isProduct(String product) {
		return PRODUCT_PATTERN.matcher(product).matches();
	}

	/** Spring Boot's version from its jar manifest, read without depending on Spring Boot. */
	private static String springBoot() {
		try {
			Package boot = Class.forName("org.springframework.boot.SpringApplication", false, UserAgent.class.getClassLoader())
				.getPackage();
			String version = (boot != null) ? boot.getImplementationVersion() : null;
			return (version != null) ? " spring-boot/" + version : "";
		}
		catch (ClassNotFoundException | LinkageError ex) {
			return "";
		}
	}

	private static String readVersion() {
		try (InputStream in = UserAgent.class.getResourceAsStream("/dev/dbtokens/client/version.properties")) {
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
