package dev.dbtokens.client.internal.wire;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.dbtokens.client.TokenSettings;
import org.jspecify.annotations.Nullable;

/**
 * The two token keys of {@code /api/2.0/workspace-conf}, whose values are strings on the wire
 * ({@code "90"}, {@code "true"}): the answer of the GET and the body of the PATCH, which sends only
 * the keys that change.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WorkspaceConfKeys(@JsonProperty(MAX_LIFETIME) @Nullable String maxTokenLifetimeDays,
		@JsonProperty(TOKENS_ENABLED) @Nullable String enableTokensConfig) {

	public static final String MAX_LIFETIME = "maxTokenLifetimeDays";

	public static final String TOKENS_ENABLED = "enableTokensConfig";

	/** The {@code keys} query parameter of the GET. */
	public static final String KEYS = TOKENS_ENABLED + "," + MAX_LIFETIME;

	@JsonCreator
	public static WorkspaceConfKeys fromWire(@JsonProperty(MAX_LIFETIME) @Nullable Object maxTokenLifetimeDays,
			@JsonProperty(TOKENS_ENABLED) @Nullable Object enableTokensConfig) {
		return new WorkspaceConfKeys((maxTokenLifetimeDays != null) ? String.valueOf(maxTokenLifetimeDays) : null,
				(enableTokensConfig != null) ? String.valueOf(enableTokensConfig) : null);
	}

	public static WorkspaceConfKeys of(TokenSettings settings) {
		if (settings == null || (settings.maxTokenLifetimeDays() == null && settings.tokensEnabled() == null)) {
			throw new IllegalArgumentException("settings must change at least one value: use "
					+ "TokenSettings.unchanged().withMaxTokenLifetimeDays(days) or .withTokensEnabled(enabled)");
		}
		return new WorkspaceConfKeys((settings.maxTokenLifetimeDays() != null) ? settings.maxTokenLifetimeDays().toString() : null,
				(settings.tokensEnabled() != null) ? settings.tokensEnabled().toString() : null);
	}

	/**
	 * Reads the values.
	 * @throws IllegalArgumentException when a value is not what the key holds (the caller reports a malformed answer)
	 */
	public TokenSettings settings() {
		Long days = WireValues.int64(MAX_LIFETIME, this.maxTokenLifetimeDays);
		if (days != null && (days < 0 || days > Integer.MAX_VALUE)) {
			throw new IllegalArgumentException(MAX_LIFETIME + " is out of range: " + days);
		}
		Boolean enabled = null;
		if (this.enableTokensConfig != null && !this.enableTokensConfig.isBlank()) {
			String value = this.enableTokensConfig.strip().toLowerCase(Locale.ROOT);
			if (!value.equals("true") && !value.equals("false")) {
				throw new IllegalArgumentException(TOKENS_ENABLED + " is not true or false: \"" + this.enableTokensConfig + "\"");
			}
			enabled = Boolean.valueOf(value);
		}
		return new TokenSettings((days != null) ? days.intValue() : null, enabled);
	}

}
