package dev.dbtokens.client.autoconfigure.http;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * HTTP settings of the Token API client, under {@code databricks.http}; every workspace uses them.
 */
@ConfigurationProperties("databricks.http")
public class DatabricksHttpProperties {

	/**
	 * Time to wait for a TCP connection to the workspace. Defaults to
	 * spring.http.clients.connect-timeout, else 10s.
	 */
	private @Nullable Duration connectTimeout;

	/**
	 * Time to wait for the answer to one request once it is sent. Defaults to
	 * spring.http.clients.read-timeout, else 60s.
	 */
	private @Nullable Duration responseTimeout;

	/**
	 * Maximum number of connections this client opens to the workspace; further calls wait for a
	 * free one.
	 */
	private int maxConnections = 50;

	/**
	 * Time a call waits for a free connection when all are in use.
	 */
	private Duration pendingAcquireTimeout = Duration.ofSeconds(45);

	private final Ssl ssl = new Ssl();

	private final Proxy proxy = new Proxy();

	public @Nullable Duration getConnectTimeout() {
		return this.connectTimeout;
	}

	public void setConnectTimeout(@Nullable Duration connectTimeout) {
		this.connectTimeout = connectTimeout;
	}

	public @Nullable Duration getResponseTimeout() {
		return this.responseTimeout;
	}

	public void setResponseTimeout(@Nullable Duration responseTimeout) {
		this.responseTimeout = responseTimeout;
	}

	public Ssl getSsl() {
		return this.ssl;
	}

	public Proxy getProxy() {
		return this.proxy;
	}

	public int getMaxConnections() {
		return this.maxConnections;
	}

	public void setMaxConnections(int maxConnections) {
		this.maxConnections = maxConnections;
	}

	public Duration getPendingAcquireTimeout() {
		return this.pendingAcquireTimeout;
	}

	public void setPendingAcquireTimeout(Duration pendingAcquireTimeout) {
		this.pendingAcquireTimeout = pendingAcquireTimeout;
	}

	@Override
	public String toString() {
		return "DatabricksHttpProperties[connectTimeout=" + this.connectTimeout + ", responseTimeout=" + this.responseTimeout
				+ ", maxConnections=" + this.maxConnections + ", pendingAcquireTimeout=" + this.pendingAcquireTimeout + ", ssl.bundle="
				+ this.ssl.bundle + ", proxy=" + this.proxy + "]";
	}

	/**
	 * TLS towards the workspace.
	 */
	public static class Ssl {

		/**
		 * Name of the SSL bundle (spring.ssl.bundle.*) whose trust material verifies the workspace,
		 * e.g. a company CA. Defaults to spring.http.clients.ssl.bundle, else the JVM's trust store.
		 */
		private @Nullable String bundle;

		public @Nullable String getBundle() {
			return this.bundle;
		}

		public void setBundle(@Nullable String bundle) {
			this.bundle = bundle;
		}

	}

	/**
	 * HTTP proxy for every request to Databricks (the Token API and OAuth).
	 */
	public static class Proxy {

		/**
		 * Host name of the HTTP proxy; HTTPS goes through it with CONNECT. No proxy when not set.
		 */
		private @Nullable String host;

		/**
		 * Port of the HTTP proxy.
		 */
		private @Nullable Integer port;

		/**
		 * User for basic authentication at the proxy.
		 */
		private @Nullable String username;

		/**
		 * Password of the proxy user; never logged or shown.
		 */
		private @Nullable String password;

		/**
		 * Hosts reached without the proxy, as patterns such as *.internal or localhost; an entry
		 * may hold several separated by '|', as the JVM's http.nonProxyHosts does. No port. With
		 * use-system-properties, added to the JVM's http.nonProxyHosts.
		 */
		private List<String> nonProxyHosts = new ArrayList<>();

		/**
		 * Whether to use the JVM's proxy (https.proxyHost, https.proxyPort, https.proxyUser,
		 * https.proxyPassword, http.nonProxyHosts) when databricks.http.proxy.host is not set.
		 */
		private boolean useSystemProperties;

		public @Nullable String getHost() {
			return this.host;
		}

		public void setHost(@Nullable String host) {
			this.host = host;
		}

		public @Nullable Integer getPort() {
			return this.port;
		}

		public void setPort(@Nullable Integer port) {
			this.port = port;
		}

		public @Nullable String getUsername() {
			return this.username;
		}

		public void setUsername(@Nullable String username) {
			this.username = username;
		}

		public @Nullable String getPassword() {
			return this.password;
		}

		public void setPassword(@Nullable String password) {
			this.password = password;
		}

		public List<String> getNonProxyHosts() {
			return this.nonProxyHosts;
		}

		public void setNonProxyHosts(List<String> nonProxyHosts) {
			this.nonProxyHosts = nonProxyHosts;
		}

		public boolean isUseSystemProperties() {
			return this.useSystemProperties;
		}

		public void setUseSystemProperties(boolean useSystemProperties) {
			this.useSystemProperties = useSystemProperties;
		}

		@Override
		public String toString() {
			return "Proxy[host=" + this.host + ", port=" + this.port + ", username=" + this.username + ", password="
					+ ((this.password != null) ? "<redacted>" : null) + ", nonProxyHosts=" + this.nonProxyHosts
					+ ", useSystemProperties=" + this.useSystemProperties + "]";
		}

	}

}
