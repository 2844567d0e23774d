package dev.dbtokens.client.autoconfigure;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.dbtokens.client.RetrySettings;
import dev.dbtokens.client.TokensClient;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of the Databricks workspace and of the client, under {@code databricks}: the
 * top-level workspace (the keys of {@link WorkspaceProperties}), further named workspaces, the
 * client's settings (the token rotations are in DatabricksRotationProperties). {@code DATABRICKS_HOST} and {@code DATABRICKS_TOKEN}
 * bind through relaxed binding; the other {@code DATABRICKS_*} variables of the Databricks CLI are
 * read as fallbacks. {@code databricks.http.*} and {@code databricks.lifecycle.*} have classes of
 * their own.
 */
@ConfigurationProperties("databricks")
public class DatabricksProperties extends WorkspaceProperties {

	/**
	 * Whether to accept a plain http:// host that is not on loopback, sending the token unencrypted.
	 */
	private boolean allowInsecureHttp;

	private final Tokens tokens = new Tokens();

	private final TokenManagement tokenManagement = new TokenManagement();

	private final Logging logging = new Logging();

	private final UserAgent userAgent = new UserAgent();

	private final Retry retry = new Retry();

	private final RateLimit rateLimit = new RateLimit();

	/**
	 * Further workspaces by name, each with its own host and credentials; the client settings
	 * (http, oauth, retry, rate-limit, logging, user-agent) are those of the top level, and
	 * setting one under a workspace fails at start-up.
	 */
	private final Map<String, WorkspaceProperties> workspaces = new LinkedHashMap<>();


	public boolean isAllowInsecureHttp() {
		return this.allowInsecureHttp;
	}

	public void setAllowInsecureHttp(boolean allowInsecureHttp) {
		this.allowInsecureHttp = allowInsecureHttp;
	}

	public Tokens getTokens() {
		return this.tokens;
	}

	public TokenManagement getTokenManagement() {
		return this.tokenManagement;
	}

	public Logging getLogging() {
		return this.logging;
	}

	public UserAgent getUserAgent() {
		return this.userAgent;
	}

	public Retry getRetry() {
		return this.retry;
	}

	public RateLimit getRateLimit() {
		return this.rateLimit;
	}

	public Map<String, WorkspaceProperties> getWorkspaces() {
		return this.workspaces;
	}

	@Override
	public String toString() {
		return super.toString() + "[allowInsecureHttp=" + this.allowInsecureHttp + ", retry=" + this.retry + ", rateLimit="
				+ this.rateLimit + ", workspaces=" + this.workspaces + "]";
	}

	/**
	 * Settings of the Token API client, under {@code databricks.tokens}.
	 */
	public static class Tokens {

		/**
		 * Whether to auto-configure a TokensClient.
		 */
		private boolean enabled = true;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

	}

	/**
	 * Settings of the Token Management client (workspace admins), under {@code databricks.token-management}.
	 */
	public static class TokenManagement {

		/**
		 * Whether to auto-configure a TokenManagementClient beside each TokensClient.
		 */
		private boolean enabled = true;

		public boolean isEnabled() {
			return this.enabled;
		}

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
		private int maxBodyLength = TokensClient.Builder.DEFAULT_MAX_LOGGED_BODY_LENGTH;

		public int getMaxBodyLength() {
			return this.maxBodyLength;
		}

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

		public @Nullable String getProduct() {
			return this.product;
		}

		public void setProduct(@Nullable String product) {
			this.product = product;
		}

	}

	/**
	 * How calls are retried, under {@code databricks.retry}; the defaults are
	 * {@link RetrySettings#defaults()}. Which failures are retried is fixed per operation; a
	 * token/create is repeated only when the server provably did not act.
	 */
	public static class Retry {

		/**
		 * Attempts per call, the first included; 1 means no retries.
		 */
		private int maxAttempts = RetrySettings.defaults().maxAttempts();

		/**
		 * Wait before the first retry; each further retry waits twice as long, with jitter.
		 */
		private Duration initialBackoff = RetrySettings.defaults().initialBackoff();

		/**
		 * Longest wait between two attempts.
		 */
		private Duration maxBackoff = RetrySettings.defaults().maxBackoff();

		/**
		 * Longest wait a server may ask for with Retry-After; a longer one is shortened to this.
		 */
		private Duration maxRetryAfter = RetrySettings.defaults().maxRetryAfter();

		/**
		 * Deadline of one call: every attempt, wait and rate-limit permit included.
		 */
		private Duration timeout = RetrySettings.defaults().timeout();

		public int getMaxAttempts() {
			return this.maxAttempts;
		}

		public void setMaxAttempts(int maxAttempts) {
			this.maxAttempts = maxAttempts;
		}

		public Duration getInitialBackoff() {
			return this.initialBackoff;
		}

		public void setInitialBackoff(Duration initialBackoff) {
			this.initialBackoff = initialBackoff;
		}

		public Duration getMaxBackoff() {
			return this.maxBackoff;
		}

		public void setMaxBackoff(Duration maxBackoff) {
			this.maxBackoff = maxBackoff;
		}

		public Duration getMaxRetryAfter() {
			return this.maxRetryAfter;
		}

		public void setMaxRetryAfter(Duration maxRetryAfter) {
			this.maxRetryAfter = maxRetryAfter;
		}

		public Duration getTimeout() {
			return this.timeout;
		}

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

		public @Nullable Double getRequestsPerSecond() {
			return this.requestsPerSecond;
		}

		public void setRequestsPerSecond(@Nullable Double requestsPerSecond) {
			this.requestsPerSecond = requestsPerSecond;
		}

		@Override
		public String toString() {
			return "RateLimit[requestsPerSecond=" + this.requestsPerSecond + "]";
		}

	}

}
