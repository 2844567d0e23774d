package dev.dbtokens.client.autoconfigure;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of the Databricks workspace and of the client, under {@code databricks}.
 * {@code DATABRICKS_HOST} and {@code DATABRICKS_TOKEN} bind through relaxed binding; the other
 * {@code DATABRICKS_*} variables of the Databricks CLI are read as fallbacks.
 */
@ConfigurationProperties("databricks")
public class DatabricksProperties extends WorkspaceProperties {

	/**
	 * Whether to accept a plain http:// host that is not on loopback, sending the token unencrypted.
	 */
	private boolean allowInsecureHttp;

	private final Http http = new Http();

	private final Tokens tokens = new Tokens();

	private final Logging logging = new Logging();

	private final UserAgent userAgent = new UserAgent();

	/**
	 * Further workspaces by name, each with its own host and credentials; unset HTTP settings are
	 * taken from the top level.
	 */
	private final Map<String, WorkspaceProperties> workspaces = new LinkedHashMap<>();

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

	/**
	 * Returns the wire-logging settings.
	 * @return the logging settings
	 */
	public Logging getLogging() {
		return this.logging;
	}

	/**
	 * Returns the User-Agent settings.
	 * @return the User-Agent settings
	 */
	public UserAgent getUserAgent() {
		return this.userAgent;
	}

	/**
	 * Returns the further workspaces by name.
	 * @return the workspaces, possibly none
	 */
	public Map<String, WorkspaceProperties> getWorkspaces() {
		return this.workspaces;
	}

	@Override
	public String toString() {
		return super.toString() + "[allowInsecureHttp=" + this.allowInsecureHttp + ", http=" + this.http + ", workspaces="
				+ this.workspaces + "]";
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

	/**
	 * Wire logging under {@code databricks.logging}; the log itself is the DEBUG level of the
	 * {@code dev.dbtokens.wire} logger.
	 */
	public static class Logging {

		/**
		 * Maximum number of characters of a request or response body shown in the wire log.
		 */
		private int maxBodyLength = 1024;

		/**
		 * Returns the maximum body length shown.
		 * @return the maximum number of characters
		 */
		public int getMaxBodyLength() {
			return this.maxBodyLength;
		}

		/**
		 * Sets the maximum body length shown.
		 * @param maxBodyLength the maximum number of characters
		 */
		public void setMaxBodyLength(int maxBodyLength) {
			this.maxBodyLength = maxBodyLength;
		}

	}

	/**
	 * The {@code User-Agent} header under {@code databricks.user-agent}.
	 */
	public static class UserAgent {

		/**
		 * Product put first in the User-Agent header, as name/version, e.g. token-portal/1.2.0.
		 */
		private @Nullable String product;

		/**
		 * Returns the application's product.
		 * @return name/version, or {@code null}
		 */
		public @Nullable String getProduct() {
			return this.product;
		}

		/**
		 * Sets the application's product.
		 * @param product name/version
		 */
		public void setProduct(@Nullable String product) {
			this.product = product;
		}

	}

}
