package dev.dbtokens.client.autoconfigure.http;

import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import reactor.netty.http.client.HttpClient;
import reactor.netty.transport.ProxyProvider;

/**
 * An HTTP proxy that the Databricks requests go through: HTTPS by {@code CONNECT}, with basic
 * authentication when a user name is given. The password never appears in {@link #toString()}.
 *
 * @param host the proxy's host name
 * @param port the proxy's port
 * @param username the proxy user, or {@code null} for no authentication
 * @param password the proxy user's password, or {@code null}
 * @param nonProxyHosts host patterns reached directly, e.g. {@code *.internal}, {@code localhost};
 * an entry may hold several separated by {@code |}, as the JVM's {@code http.nonProxyHosts} does
 */
public record DatabricksProxy(String host, int port, @Nullable String username, @Nullable String password,
		List<String> nonProxyHosts) {

	/** What the JVM's {@code ProxySelector} reaches directly when {@code http.nonProxyHosts} is not set. */
	static final String JVM_DEFAULT_NON_PROXY_HOSTS = "localhost|127.*|[::1]|0.0.0.0|[::0]";

	/**
	 * Checks the host (a name or an address only) and the patterns, split at {@code |}.
	 * @throws IllegalArgumentException when the host carries a scheme, credentials, a port or a
	 * path (the message does not quote it, since it may hold a password), or when a pattern
	 * carries a port (patterns match host names only, so it would never match)
	 */
	public DatabricksProxy {
		requireHostName(host);
		nonProxyHosts = nonProxyHosts.stream()
			.flatMap((entry) -> Arrays.stream(entry.split("\\|")))
			.map(String::strip)
			.filter((pattern) -> !pattern.isEmpty())
			.toList();
		for (String pattern : nonProxyHosts) {
			if (pattern.contains("/") || pattern.chars().filter((c) -> c == ':').count() == 1) {
				throw new IllegalArgumentException("nonProxyHosts patterns match host names only, without a scheme, port or "
						+ "path, was \"" + pattern + "\"");
			}
		}
	}

	/** Whether a proxy host is a name or an address only: one colon means {@code host:port}, an IPv6 address has more. */
	static boolean isHostName(@Nullable String host) {
		return host != null && !host.isBlank() && !host.contains("/") && !host.contains("@")
				&& host.chars().filter((c) -> c == ':').count() != 1;
	}

	/**
	 * Checks that a proxy host {@linkplain #isHostName is a name or an address only}.
	 * @return the host
	 * @throws IllegalArgumentException when it is not; the message does not quote it
	 */
	static String requireHostName(@Nullable String host) {
		if (!isHostName(host)) {
			throw new IllegalArgumentException("host must be a host name or an address only, e.g. proxy.example.com, without a "
					+ "scheme, user, password, port or path");
		}
		return host;
	}

	/**
	 * The JVM's HTTPS proxy, as the Databricks Java SDK's {@code useSystemPropertiesHttp} reads it:
	 * {@code https.proxyHost}, {@code https.proxyPort} (default 443), {@code https.proxyUser},
	 * {@code https.proxyPassword} and {@code http.nonProxyHosts} (when not set, the JVM's own default,
	 * so that loopback is reached directly as by the JVM's {@code ProxySelector}); {@code null} when
	 * no host is set.
	 */
	static @Nullable DatabricksProxy fromSystemProperties(Properties system) {
		String host = system.getProperty("https.proxyHost");
		if (host == null || host.isBlank()) {
			return null;
		}
		String port = system.getProperty("https.proxyPort", "443").strip();
		if (!port.matches("[0-9]{1,5}")) {
			throw new IllegalArgumentException("the system property https.proxyPort must be a port number, was \"" + port + "\"");
		}
		return new DatabricksProxy(host.strip(), Integer.parseInt(port), system.getProperty("https.proxyUser"),
				system.getProperty("https.proxyPassword"),
				List.of(system.getProperty("http.nonProxyHosts", JVM_DEFAULT_NON_PROXY_HOSTS)));
	}

	/** Tells whether a request to a host goes through this proxy, i.e. the host matches no non-proxy pattern. */
	Predicate<@Nullable String> usedFor() {
		if (this.nonProxyHosts.isEmpty()) {
			return (host) -> true;
		}
		Pattern direct = Pattern.compile(nonProxyHostsRegex(this.nonProxyHosts));
		return (host) -> host == null || !direct.matcher(host).matches();
	}

	/** This proxy with more hosts reached directly. */
	DatabricksProxy withNonProxyHosts(List<String> more) {
		return more.isEmpty() ? this : new DatabricksProxy(this.host, this.port, this.username, this.password,
				Stream.concat(this.nonProxyHosts.stream(), more.stream()).toList());
	}

	/** Sends the client's connections through this proxy. */
	HttpClient applyTo(HttpClient httpClient) {
		return httpClient.proxy((spec) -> {
			ProxyProvider.Builder proxy = spec.type(ProxyProvider.Proxy.HTTP).host(this.host).port(this.port);
			if (this.username != null && !this.username.isBlank()) {
				String password = (this.password != null) ? this.password : "";
				proxy.username(this.username).password((user) -> password);
			}
			if (!this.nonProxyHosts.isEmpty()) {
				proxy.nonProxyHosts(nonProxyHostsRegex(this.nonProxyHosts));
			}
		});
	}

	/** {@code http.nonProxyHosts} patterns ({@code *} a wildcard, case-insensitive) as one regular expression. */
	static String nonProxyHostsRegex(List<String> patterns) {
		return patterns.stream()
			.map((pattern) -> Arrays.stream(pattern.split("\\*", -1)).map(Pattern::quote).collect(Collectors.joining(".*")))
			.collect(Collectors.joining("|", "(?i)(?:", ")"));
	}

	/** Where the proxy is, for messages. */
	String address() {
		return this.host + ":" + this.port;
	}

	@Override
	public String toString() {
		return "DatabricksProxy[" + address() + ", username=" + this.username + ", password="
				+ ((this.password != null) ? "<redacted>" : null) + ", nonProxyHosts=" + this.nonProxyHosts + "]";
	}

}
