package dev.dbtokens.client;

import java.time.Duration;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The workspace's token settings ({@code /api/2.0/workspace-conf}): the longest lifetime of new
 * tokens and whether personal access tokens are enabled. Read by
 * {@link TokenManagementClient#settings()}; given to {@link TokenManagementClient#updateSettings},
 * where a {@code null} component is left unchanged.
 *
 * <pre class="code">
 * management.updateSettings(TokenSettings.unchanged().withMaxTokenLifetimeDays(90)).block();
 * </pre>
 *
 * @param maxTokenLifetimeDays the longest lifetime of new tokens in days ({@code maxTokenLifetimeDays});
 * {@code 0} means no limit; {@code null} when the workspace has no value (no limit) or, in an
 * update, to leave it unchanged
 * @param tokensEnabled whether personal access tokens may be created and used
 * ({@code enableTokensConfig}); {@code null} when the workspace has no value (they are enabled by
 * default) or, in an update, to leave it unchanged
 */
public record TokenSettings(@Nullable Integer maxTokenLifetimeDays, @Nullable Boolean tokensEnabled) {

	/**
	 * Checks the lifetime.
	 * @throws IllegalArgumentException when the lifetime is negative
	 */
	public TokenSettings {
		if (maxTokenLifetimeDays != null && maxTokenLifetimeDays < 0) {
			throw new IllegalArgumentException("maxTokenLifetimeDays must be 0 (no limit) or more days, was " + maxTokenLifetimeDays);
		}
	}

	/**
	 * Settings that change nothing, to start an update from.
	 * @return settings with both components {@code null}
	 */
	public static TokenSettings unchanged() {
		return new TokenSettings(null, null);
	}

	/**
	 * Returns these settings with another longest lifetime of new tokens.
	 * @param days the longest lifetime in days, or {@code 0} for no limit
	 * @return new settings; these are unchanged
	 */
	public TokenSettings withMaxTokenLifetimeDays(int days) {
		return new TokenSettings(days, this.tokensEnabled);
	}

	/**
	 * Returns these settings with tokens enabled or disabled.
	 * @param enabled whether personal access tokens may be created and used
	 * @return new settings; these are unchanged
	 */
	public TokenSettings withTokensEnabled(boolean enabled) {
		return new TokenSettings(this.maxTokenLifetimeDays, enabled);
	}

	/**
	 * Returns the longest lifetime of new tokens as a duration.
	 * @return the lifetime, or empty when there is no limit (no value, or {@code 0})
	 */
	public Optional<Duration> maxTokenLifetime() {
		return (this.maxTokenLifetimeDays == null || this.maxTokenLifetimeDays == 0) ? Optional.empty()
				: Optional.of(Duration.ofDays(this.maxTokenLifetimeDays));
	}

}
