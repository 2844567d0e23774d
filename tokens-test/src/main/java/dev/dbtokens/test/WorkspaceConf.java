package dev.dbtokens.test;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The workspace settings the emulator knows, as {@code /api/2.0/workspace-conf} reads and
 * writes them: {@value #ENABLE_TOKENS} and {@value #MAX_LIFETIME_DAYS}. Values travel as strings.
 * All methods are atomic.
 */
final class WorkspaceConf {

	static final String ENABLE_TOKENS = "enableTokensConfig";

	static final String MAX_LIFETIME_DAYS = "maxTokenLifetimeDays";

	static final List<String> KEYS = List.of(ENABLE_TOKENS, MAX_LIFETIME_DAYS);

	private final EmulatorSettings settings;

	private boolean tokensEnabled;

	private @Nullable Duration maxLifetime;

	WorkspaceConf(EmulatorSettings settings) {
		this.settings = settings;
		reset();
	}

	synchronized boolean tokensEnabled() {
		return this.tokensEnabled;
	}

	/**
	 * Answers 403 {@code PERMISSION_DENIED} when personal access tokens are disabled
	 * ({@value #ENABLE_TOKENS} is {@code false}): no token can be created then.
	 */
	void requireTokensEnabled() {
		if (!tokensEnabled()) {
			throw new ApiException(403, "PERMISSION_DENIED", "Personal access tokens are disabled for this workspace; "
					+ "a workspace admin can enable them (workspace-conf " + ENABLE_TOKENS + "=true).");
		}
	}

	synchronized @Nullable Duration maxLifetime() {
		return this.maxLifetime;
	}

	/**
	 * The values of the given keys. {@value #MAX_LIFETIME_DAYS} is {@code null} when there is no
	 * maximum, and whole days rounded up when the builder set a maximum that is not.
	 */
	synchronized Map<String, @Nullable String> get(List<String> keys) {
		Map<String, @Nullable String> values = new LinkedHashMap<>();
		for (String key : keys) {
			requireKnown(key);
			values.put(key, ENABLE_TOKENS.equals(key) ? Boolean.toString(this.tokensEnabled) : maxLifetimeDays());
		}
		return values;
	}

	/**
	 * Applies every value, or none when one is invalid. {@value #MAX_LIFETIME_DAYS} takes a
	 * positive number of days, or {@code ""} or {@code "0"} for no maximum.
	 */
	synchronized void set(Map<String, String> values) {
		boolean enabled = this.tokensEnabled;
		Duration max = this.maxLifetime;
		for (Map.Entry<String, String> entry : values.entrySet()) {
			requireKnown(entry.getKey());
			String value = entry.getValue().trim();
			if (ENABLE_TOKENS.equals(entry.getKey())) {
				enabled = parseBoolean(value);
			}
			else {
				max = parseDays(value);
			}
		}
		this.tokensEnabled = enabled;
		this.maxLifetime = max;
	}

	synchronized void reset() {
		this.tokensEnabled = this.settings.tokensEnabled();
		this.maxLifetime = this.settings.maxLifetime();
	}

	private @Nullable String maxLifetimeDays() {
		if (this.maxLifetime == null) {
			return null;
		}
		long days = this.maxLifetime.toDays();
		return Long.toString(this.maxLifetime.equals(Duration.ofDays(days)) ? days : days + 1);
	}

	private static void requireKnown(String key) {
		if (!KEYS.contains(key)) {
			throw ApiException.invalidParameter("Unknown workspace configuration key '" + key
					+ "'; the emulator knows " + KEYS + ".");
		}
	}

	private static boolean parseBoolean(String value) {
		if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
			return Boolean.parseBoolean(value);
		}
		throw ApiException.invalidParameter(ENABLE_TOKENS + " must be \"true\" or \"false\", got \"" + value + "\".");
	}

	private static @Nullable Duration parseDays(String value) {
		if (value.isEmpty() || value.equals("0")) {
			return null;
		}
		try {
			long days = Long.parseLong(value);
			if (days > 0 && days <= 36_500) {
				return Duration.ofDays(days);
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw ApiException.invalidParameter(MAX_LIFETIME_DAYS + " must be a whole number of days between 1 and 36500, "
				+ "or \"\" for no maximum; got \"" + value + "\".");
	}

}
