package dev.dbtokens.client.autoconfigure;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of the Databricks workspace and of the client, under {@code databricks}.
 * {@code DATABRICKS_HOST} and {@code DATABRICKS_TOKEN} bind through relaxed binding.
 */
@ConfigurationProperties("databricks")
public class DatabricksProperties {

	/**
	 * URL of the Databricks workspace, e.g. https://adb-1234567890123456.7.azuredatabricks.net.
	 * "https://" is added when no scheme is given; any path is dropped.
	 */
	private @Nullable String host;

	/**
	 * Personal access token the client authenticates with.
	 */
	private @Nullable String token;

	/**
	 * Whether to accept a plain http:// host that is not on loopback, sending the token unencrypted.
	 */
	private boolean allowInsecureHttp;

	private final Http http = new Http();

	private final Tokens tokens = new Tokens();

	/**
	 * Returns the workspace URL.
	 * @return the workspace URL as configured, or {@code null}
	 */
	public @Nullable String getHost() {
		return this.host;
	}

	/**
	 * Sets the workspace URL.
	 * @param host the workspace URL
	 */
	public void setHost(@Nullable String host) {
		this.host = host;
	}

	/**
	 * Returns the personal access token.
	 * @return the token, or {@code null}
	 */
	public @Nullable String getToken() {
		return this.token;
	}

	/**
	 * Sets the personal access token.
	 * @param token the token
	 */
	public void setToken(@Nullable String token) {
		this.token = token;
	}

	/**
	 * Returns whether plain HTTP off loopback is accepted.
	 * @return whether insecure HTTP is allowed
	 */
	public boolean isAllowInsecureHttp() {
		return this.allowInsecureHttp;
	}

	/**
	 * Sets whether plain HTTP off loopback is accepted.
	 * @param allowInsecureHttp whether insecure HTTP is allowed
	 */
	public void setAllowInsecureHttp(boolean allowInsecureHttp) {
		this.allowInsecureHttp = allowInsecureHttp;
	}

	/**
	 * Returns the HTTP settings.
	 * @return the HTTP settings
	 */
	public Http getHttp() {
		return this.http;
	}

	/**
	 * Returns the settings of the Token API client.
	 * @return the client settings
	 */
	public Tokens getTokens() {
		return this.tokens;
	}

	@Override
	public String toString() {
		return "DatabricksProperties[host=" + this.host + ", token=" + ((this.token != null) ? "<redacted>" : "null")
				+ ", allowInsecureHttp=" + this.allowInsecureHttp + ", http=" + this.http + "]";
	}

	/**
	 * HTTP settings of the client, under {@code databricks.http}.
	 */
	public static class Http {

		/**
		 * Time to wait for a TCP connection to the workspace.
		 */
		private Duration connectTimeout = Duration.ofSeconds(10);

		/**
		 * Time to wait for the answer to one request once it is sent.
		 */
		private Duration responseTimeout = Duration.ofSeconds(60);

		/**
		 * Returns the connect timeout.
		 * @return the connect timeout
		 */
		public Duration getConnectTimeout() {
			return this.connectTimeout;
		}

		/**
		 * Sets the connect timeout.
		 * @param connectTimeout the connect timeout
		 */
		public void setConnectTimeout(Duration connectTimeout) {
			this.connectTimeout = connectTimeout;
		}

		/**
		 * Returns the response timeout.
		 * @return the response timeout
		 */
		public Duration getResponseTimeout() {
			return this.responseTimeout;
		}

		/**
		 * Sets the response timeout.
		 * @param responseTimeout the response timeout
		 */
		public void setResponseTimeout(Duration responseTimeout) {
			this.responseTimeout = responseTimeout;
		}

		@Override
		public String toString() {
			return "Http[connectTimeout=" + this.connectTimeout + ", responseTimeout=" + this.responseTimeout + "]";
		}

	}

	/**
	 * Settings of the Token API client, under {@code databricks.tokens}.
	 */
	public static class Tokens {

		/**
		 * Whether to auto-configure a TokensClient.
		 */
		private boolean enabled = true;

		/**
		 * Returns whether the client is auto-configured.
		 * @return whether the client is enabled
		 */
		public boolean isEnabled() {
			return this.enabled;
		}

		/**
		 * Sets whether the client is auto-configured.
		 * @param enabled whether the client is enabled
		 */
		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

	}

}
