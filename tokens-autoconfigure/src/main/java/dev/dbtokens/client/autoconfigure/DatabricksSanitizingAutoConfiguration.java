package dev.dbtokens.client.autoconfigure;

import java.util.List;
import java.util.Locale;

import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Masks the starter's secrets in Actuator's {@code env} and {@code configprops} endpoints, also
 * where the application shows values ({@code management.endpoint.env.show-values=always}):
 * {@code databricks.token} and {@code databricks.client-secret} (at the top level and under
 * {@code databricks.workspaces.<name>}), {@code databricks.http.proxy.password}, and the
 * {@code DATABRICKS_TOKEN} and {@code DATABRICKS_CLIENT_SECRET} environment variables. Present
 * when Spring Boot's Actuator is on the class path; a bean named
 * {@code databricksSanitizingFunction} replaces it.
 */
@AutoConfiguration
@ConditionalOnClass(SanitizingFunction.class)
public final class DatabricksSanitizingAutoConfiguration {

	/** The last part of a secret key, once lower-cased and stripped of everything but letters and digits. */
	private static final List<String> SECRET_ENDINGS = List.of("token", "clientsecret", "proxypassword");

	@Bean
	@ConditionalOnMissingBean(name = "databricksSanitizingFunction")
	SanitizingFunction databricksSanitizingFunction() {
		return SanitizingFunction.sanitizeValue().ifKeyMatches(DatabricksSanitizingAutoConfiguration::isSecret);
	}

	/**
	 * Whether a key names one of the starter's secrets, in any of the forms Spring Boot binds
	 * ({@code databricks.client-secret}, {@code databricks.clientSecret}, {@code DATABRICKS_CLIENT_SECRET},
	 * {@code databricks.workspaces[prod].token}).
	 */
	static boolean isSecret(String key) {
		String name = key.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
		return name.startsWith("databricks") && SECRET_ENDINGS.stream().anyMatch(name::endsWith);
	}

}
