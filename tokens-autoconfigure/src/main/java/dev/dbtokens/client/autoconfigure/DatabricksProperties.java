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

	private final Retry retry = new Retry();

	private final RateLimit rateLimit = new RateLimit();

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
	 * Returns the retry settings.
	 * @return the retry settings
	 */
	public Retry getRetry() {
		return this.retry;
	}

	/**
	 * Returns the client-side rate limit.
	 * @return the rate limit settings
	 */
	public RateLimit getRateLimit() {
		return this.rateLimit;
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
		return super.toString() + "[allowInsecureHttp=" + this.allowInsecureHttp + ", http=" + this.http + ", retry="
				+ this.retry + ", rateLimit=" + this.rateLimit + ", workspaces=" + this.workspaces + "]";
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
		 * Maximum number of connections this client opens to the workspace; further calls wait for a
		 * free one.
		 */
		private int maxConnections = 50;

		/**
		 * Time a call waits for a free connection when all are in use.
		 */
		private Duration pendingAcquireTimeout = Duration.ofSeconds(45);

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

		/**
		 * Returns the size of the connection pool.
		 * @return the maximum number of connections
		 */
		public int getMaxConnections() {
			return this.maxConnections;
		}

		/**
		 * Sets the size of the connection pool.
		 * @param maxConnections the maximum number of connections
		 */
		public void setMaxConnections(int maxConnections) {
			this.maxConnections = maxConnections;
		}

		/**
		 * Returns how long a call waits for a free connection.
		 * @return the pending acquire timeout
		 */
		public Duration getPendingAcquireTimeout() {
			return this.pendingAcquireTimeout;
		}

		/**
		 * Sets how long a call waits for a free connection.
		 * @param pendingAcquireTimeout the pending acquire timeout
		 */
		public void setPendingAcquireTimeout(Duration pendingAcquireTimeout) {
			this.pendingAcquireTimeout = pendingAcquireTimeout;
		}

		@Override
		public String toString() {
			return "Http[connectTimeout=" + this.connectTimeout + ", responseTimeout=" + this.responseTimeout
					+ ", maxConnections=" + this.maxConnections + ", pendingAcquireTimeout=" + this.pendingAcquireTimeout + "]";
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

	/**
	 * How calls are retried, under {@code databricks.retry}. Which failures are retried is fixed per
	 * operation; a token/create is repeated only when the server provably did not act.
	 */
	public static class Retry {

		/**
		 * Attempts per call, the first included; 1 means no retries, 100 at most.
		 */
		private int maxAttempts = 4;

		/**
		 * Wait before the first retry; each further retry waits twice as long, with jitter.
		 */
		private Duration initialBackoff = Duration.ofMillis(500);

		/**
		 * Longest wait between two attempts.
		 */
		private Duration maxBackoff = Duration.ofSeconds(30);

		/**
		 * Longest wait a server may ask for with Retry-After; a longer one is shortened to this.
		 */
		private Duration maxRetryAfter = Duration.ofSeconds(60);

		/**
		 * Deadline of one call: every attempt, wait and rate-limit permit included.
		 */
		private Duration timeout = Duration.ofMinutes(5);

		/**
		 * Returns the attempts per call.
		 * @return the maximum number of attempts
		 */
		public int getMaxAttempts() {
			return this.maxAttempts;
		}

		/**
		 * Sets the attempts per call.
		 * @param maxAttempts the maximum number of attempts
		 */
		public void setMaxAttempts(int maxAttempts) {
			this.maxAttempts = maxAttempts;
		}

		/**
		 * Returns the wait before the first retry.
		 * @return the initial backoff
		 */
		public Duration getInitialBackoff() {
			return this.initialBackoff;
		}

		/**
		 * Sets the wait before the first retry.
		 * @param initialBackoff the initial backoff
		 */
		public void setInitialBackoff(Duration initialBackoff) {
			this.initialBackoff = initialBackoff;
		}

		/**
		 * Returns the longest wait between two attempts.
		 * @return the maximum backoff
		 */
		public Duration getMaxBackoff() {
			return this.maxBackoff;
		}

		/**
		 * Sets the longest wait between two attempts.
		 * @param maxBackoff the maximum backoff
		 */
		public void setMaxBackoff(Duration maxBackoff) {
			this.maxBackoff = maxBackoff;
		}

		/**
		 * Returns the cap on Retry-After.
		 * @return the longest Retry-After honoured
		 */
		public Duration getMaxRetryAfter() {
			return this.maxRetryAfter;
		}

		/**
		 * Sets the cap on Retry-After.
		 * @param maxRetryAfter the longest Retry-After honoured
		 */
		public void setMaxRetryAfter(Duration maxRetryAfter) {
			this.maxRetryAfter = maxRetryAfter;
		}

		/**
		 * Returns the deadline of one call.
		 * @return the call timeout
		 */
		public Duration getTimeout() {
			return this.timeout;
		}

		/**
		 * Sets the deadline of one call.
		 * @param timeout the call timeout
		 */
		public void setTimeout(Duration timeout) {
			this.timeout = timeout;
		}

		@Override
		public String toString() {
			return "Retry[maxAttempts=" + this.maxAttempts + ", initialBackoff=" + this.initialBackoff + ", maxBackoff="
					+ this.maxBackoff + ", maxRetryAfter=" + this.maxRetryAfter + ", timeout=" + this.timeout + "]";
		}

	}

	/**
	 * Client-side rate limit, under {@code databricks.rate-limit}.
	 */
	public static class RateLimit {

		/**
		 * Highest number of requests per second this client sends, retries included; calls wait for
		 * their turn without blocking a thread. Not set: no limit.
		 */
		private @Nullable Double requestsPerSecond;

		/**
		 * Returns the rate limit.
		 * @return the highest number of requests per second, or {@code null} for no limit
		 */
		public @Nullable Double getRequestsPerSecond() {
			return this.requestsPerSecond;
		}

		/**
		 * Sets the rate limit.
		 * @param requestsPerSecond the highest number of requests per second, or {@code null}
		 */
		public void setRequestsPerSecond(@Nullable Double requestsPerSecond) {
			this.requestsPerSecond = requestsPerSecond;
		}

		@Override
		public String toString() {
			return "RateLimit[requestsPerSecond=" + this.requestsPerSecond + "]";
		}

	}

}
