package dev.dbtokens.client.autoconfigure.actuate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.dbtokens.client.autoconfigure.DatabricksProperties;
import dev.dbtokens.client.autoconfigure.http.DatabricksHttpProperties;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.util.function.SingletonSupplier;

/**
 * Masks the starter's secrets in Actuator's {@code env} and {@code configprops} endpoints, also
 * where the application shows values ({@code management.endpoint.env.show-values=always}). By key:
 * {@code databricks.token} and {@code databricks.client-secret} (at the top level and under
 * {@code databricks.workspaces.<name>}), {@code databricks.http.proxy.password}, the
 * {@code DATABRICKS_TOKEN} and {@code DATABRICKS_CLIENT_SECRET} environment variables and the JVM's
 * {@code https.proxyPassword} / {@code http.proxyPassword}. By value: any entry whose value is one
 * of those secrets, or holds one of at least {@value #MIN_SECRET_LENGTH} characters, whatever its key
 * (a variable a placeholder points at, the command line in {@code sun.java.command},
 * {@code SPRING_APPLICATION_JSON}, a header built from the token). Present
 * when Spring Boot's Actuator is on the class path; a bean named
 * {@code databricksSanitizingFunction} replaces it.
 */
@AutoConfiguration
@ConditionalOnClass(SanitizingFunction.class)
public final class DatabricksSanitizingAutoConfiguration {

	/** The last part of a secret key, once lower-cased and stripped of everything but letters and digits. */
	private static final List<String> SECRET_ENDINGS = List.of("token", "clientsecret", "proxypassword");

	/** The JVM's proxy passwords, read with {@code databricks.http.proxy.use-system-properties=true}. */
	private static final List<String> SYSTEM_PROXY_PASSWORDS = List.of("https.proxyPassword", "http.proxyPassword");

	private static final Pattern NOT_A_LETTER_OR_DIGIT = Pattern.compile("[^a-z0-9]");

	/**
	 * Values shorter than this are not searched for inside other values, only compared with whole
	 * ones: a test's {@code token: x} would otherwise mask every value with an {@code x} in it.
	 * Databricks tokens and secrets are over 30 characters long; a proxy password may be short.
	 */
	private static final int MIN_SECRET_LENGTH = 8;

	@Bean
	@ConditionalOnMissingBean(name = "databricksSanitizingFunction")
	SanitizingFunction databricksSanitizingFunction(Environment environment, ObjectProvider<DatabricksProperties> properties,
			ObjectProvider<DatabricksHttpProperties> http) {
		// Gathered once, at the first entry an endpoint shows, not for each of its hundreds of entries:
		// the clients were built from these values at start-up too.
		SingletonSupplier<List<String>> secrets = SingletonSupplier
			.of(() -> secrets(environment, properties.getIfAvailable(), http.getIfAvailable()));
		return (data) -> (isSecret(data.getKey()) || holdsSecret(data, secrets.obtain())) ? data.withSanitizedValue() : data;
	}

	/**
	 * Whether a key names one of the starter's secrets, in any of the forms Spring Boot binds
	 * ({@code databricks.client-secret}, {@code databricks.clientSecret}, {@code DATABRICKS_CLIENT_SECRET},
	 * {@code databricks.workspaces[prod].token}), or the JVM's proxy password.
	 */
	public static boolean isSecret(String key) {
		if (SYSTEM_PROXY_PASSWORDS.stream().anyMatch(key::equalsIgnoreCase)) {
			return true;
		}
		String name = NOT_A_LETTER_OR_DIGIT.matcher(key.toLowerCase(Locale.ROOT)).replaceAll("");
		return name.startsWith("databricks") && SECRET_ENDINGS.stream().anyMatch(name::endsWith);
	}

	private static boolean holdsSecret(SanitizableData data, List<String> secrets) {
		if (!(data.getValue() instanceof CharSequence value)) {
			return false;
		}
		String text = value.toString();
		return secrets.stream()
			.anyMatch((secret) -> text.strip().equals(secret) || (secret.length() >= MIN_SECRET_LENGTH && text.contains(secret)));
	}

	private static @Nullable String property(Environment environment, String key) {
		try {
			return environment.getProperty(key);
		}
		catch (IllegalArgumentException ex) { // a placeholder that cannot be resolved: nothing to look for
			return null;
		}
	}

	/** The secrets as configured. */
	private static List<String> secrets(Environment environment, @Nullable DatabricksProperties properties,
			@Nullable DatabricksHttpProperties http) {
		List<@Nullable String> values = new ArrayList<>();
		Stream.concat(Stream.of("databricks.token", "databricks.client-secret", "databricks.http.proxy.password",
				"DATABRICKS_TOKEN", "DATABRICKS_CLIENT_SECRET"), SYSTEM_PROXY_PASSWORDS.stream())
			.forEach((key) -> values.add(property(environment, key)));
		if (properties != null) {
			Stream.concat(Stream.of(properties), properties.getWorkspaces().values().stream()).forEach((workspace) -> {
				values.add(workspace.getToken());
				values.add(workspace.getClientSecret());
			});
		}
		if (http != null) {
			values.add(http.getProxy().getPassword());
		}
		return values.stream().filter(Objects::nonNull).map(String::strip).filter((value) -> !value.isEmpty()).distinct().toList();
	}

}
