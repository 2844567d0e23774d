package dev.dbtokens.client.autoconfigure.http;

import java.time.Duration;
import java.util.Map;
import java.util.Properties;

import dev.dbtokens.client.autoconfigure.diagnostics.InvalidDatabricksPropertyException;
import org.jspecify.annotations.Nullable;

import org.springframework.http.client.ReactorResourceFactory;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.HttpRedirects;
import org.springframework.boot.ssl.NoSuchSslBundleException;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslBundles;

/**
 * Turns {@code databricks.http.*} into the connection pool's settings: each value not set there is
 * taken from Spring Boot's {@code spring.http.clients.*} ({@link HttpClientSettings}), then from
 * the defaults here. Every problem names the property.
 */
public final class TokensConnectionPoolFactory {

	static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

	static final Duration DEFAULT_RESPONSE_TIMEOUT = Duration.ofSeconds(60);

	private TokensConnectionPoolFactory() {
	}

	/**
	 * Checks the properties and creates the pool; nothing of Netty is made before the first request.
	 * @param boot the application's {@code spring.http.clients.*} settings, if any
	 * @param bundles the application's SSL bundles, if any
	 * @param system the JVM's system properties, read when the proxy is to come from them
	 */
	public static TokensConnectionPool connectionPool(DatabricksHttpProperties http, @Nullable HttpClientSettings boot,
			@Nullable SslBundles bundles, Properties system, @Nullable ReactorResourceFactory resources) {
		int maxConnections = http.getMaxConnections();
		if (maxConnections < 1) {
			throw new InvalidDatabricksPropertyException("databricks.http.max-connections", "it must be at least 1, was "
					+ maxConnections, "Set databricks.http.max-connections to a positive number such as 50, or remove it to use the default.");
		}
		Duration pendingAcquireTimeout = positive("databricks.http.pending-acquire-timeout",
				http.getPendingAcquireTimeout());
		// Built from defaults() (every setting unset) rather than the constructor, whose shape differs between Boot 4.0 and 4.1.
		HttpClientSettings own = HttpClientSettings.defaults()
			.withRedirects(HttpRedirects.DONT_FOLLOW)
			.withTimeouts(
					(http.getConnectTimeout() != null) ? positive("databricks.http.connect-timeout", http.getConnectTimeout()) : null,
					(http.getResponseTimeout() != null) ? positive("databricks.http.response-timeout", http.getResponseTimeout()) : null)
			.withSslBundle(bundle(http.getSsl().getBundle(), bundles));
		HttpClientSettings settings = own.orElse(boot)
			.orElse(HttpClientSettings.defaults().withTimeouts(DEFAULT_CONNECT_TIMEOUT, DEFAULT_RESPONSE_TIMEOUT));
		return new TokensConnectionPool(maxConnections, pendingAcquireTimeout, settings, proxy(http.getProxy(), system), resources);
	}

	private static Duration positive(String property, Duration value) {
		if (value == null || value.isZero() || value.isNegative()) {
			throw new InvalidDatabricksPropertyException(property, "it must be a positive duration, was " + value,
					"Set " + property + " to a positive duration such as 10s, or remove it to use the default.");
		}
		return value;
	}

	private static @Nullable SslBundle bundle(@Nullable String name, @Nullable SslBundles bundles) {
		if (name == null || name.isBlank()) {
			return null;
		}
		String action = "Define the bundle under spring.ssl.bundle.pem." + name + " (or spring.ssl.bundle.jks." + name
				+ "), e.g. spring.ssl.bundle.pem." + name + ".truststore.certificate=classpath:company-ca.pem, or correct the name.";
		if (bundles == null) {
			throw new InvalidDatabricksPropertyException("databricks.http.ssl.bundle", "no SSL bundles are configured, so the "
					+ "bundle '" + name + "' does not exist", action);
		}
		try {
			return bundles.getBundle(name.strip());
		}
		catch (NoSuchSslBundleException ex) {
			throw new InvalidDatabricksPropertyException("databricks.http.ssl.bundle", "there is no SSL bundle named '" + name + "'",
					action);
		}
	}

	static @Nullable DatabricksProxy proxy(DatabricksHttpProperties.Proxy proxy, Properties system) {
		String host = proxy.getHost();
		if (host == null || host.isBlank()) {
			if (proxy.getPort() != null || proxy.getUsername() != null || proxy.getPassword() != null) {
				throw new InvalidDatabricksPropertyException("databricks.http.proxy.host", "it is not set, but other "
						+ "databricks.http.proxy.* properties are", "Set databricks.http.proxy.host to the proxy's host name, or "
						+ "remove the other databricks.http.proxy.* properties.");
			}
			if (!proxy.isUseSystemProperties()) {
				return null;
			}
			try {
				DatabricksProxy jvm = DatabricksProxy.fromSystemProperties(system);
				return (jvm != null) ? jvm.withNonProxyHosts(proxy.getNonProxyHosts()) : null;
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidDatabricksPropertyException("databricks.http.proxy.use-system-properties", ex.getMessage(),
						"Fix the JVM's https.proxyHost, https.proxyPort or http.nonProxyHosts, or set databricks.http.proxy.host and "
								+ ".port instead.");
			}
		}
		InvalidDatabricksPropertyException.whenRefused("databricks.http.proxy", Map.of("host", "Set databricks.http.proxy.host to "
				+ "e.g. proxy.example.com, the port in databricks.http.proxy.port and credentials in databricks.http.proxy.username "
				+ "and .password."), () -> DatabricksProxy.requireHostName(host.strip()));
		Integer port = proxy.getPort();
		if (port == null || port < 1 || port > 65535) {
			throw new InvalidDatabricksPropertyException("databricks.http.proxy.port", "it must be a port from 1 to 65535, was "
					+ port, "Set databricks.http.proxy.port to the port of the proxy, e.g. 3128 or 8080.");
		}
		return InvalidDatabricksPropertyException.whenRefused("databricks.http.proxy", Map.of("non-proxy-hosts", "List host "
				+ "patterns without a port, e.g. *.internal,localhost (the proxy is skipped for that host on every port)."),
				() -> new DatabricksProxy(host.strip(), port, proxy.getUsername(), proxy.getPassword(), proxy.getNonProxyHosts()));
	}

}
