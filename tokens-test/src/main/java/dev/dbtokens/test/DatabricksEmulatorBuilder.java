package dev.dbtokens.test;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Describes a {@link DatabricksEmulator}; obtained from {@link DatabricksEmulator#builder()}.
 * Principals declared here are seeded at build time and again after every
 * {@link DatabricksEmulator#reset()}.
 */
public final class DatabricksEmulatorBuilder {

	private int port;

	private Clock clock = Clock.systemUTC();

	private int tokenQuota = 600;

	private @Nullable Duration maxLifetime;

	private Duration accessTokenLifetime = Duration.ofHours(1);

	private final List<Principal> principals = new ArrayList<>();

	private final List<ServicePrincipal> servicePrincipals = new ArrayList<>();

	DatabricksEmulatorBuilder() {
	}

	/**
	 * Sets the port to bind on {@code 127.0.0.1}.
	 * @param port the port, or {@code 0} (the default) for a random free port
	 * @return this builder
	 */
	public DatabricksEmulatorBuilder port(int port) {
		if (port < 0 || port > 65535) {
			throw new IllegalArgumentException("port must be between 0 and 65535, got " + port);
		}
		this.port = port;
		return this;
	}

	/**
	 * Sets the clock for creation, expiry and access-token times, e.g. a {@link MutableClock}.
	 * @param clock the clock (default: system clock in UTC)
	 * @return this builder
	 */
	public DatabricksEmulatorBuilder clock(Clock clock) {
		this.clock = clock;
		return this;
	}

	/**
	 * Sets how many live tokens one principal may hold; past it, create answers
	 * {@code QUOTA_EXCEEDED}. The seed token counts.
	 * @param tokenQuota the quota, at least 1 (default 600)
	 * @return this builder
	 */
	public DatabricksEmulatorBuilder tokenQuota(int tokenQuota) {
		if (tokenQuota < 1) {
			throw new IllegalArgumentException("tokenQuota must be at least 1, got " + tokenQuota);
		}
		this.tokenQuota = tokenQuota;
		return this;
	}

	/**
	 * Sets the workspace's maximum token lifetime: a create without {@code lifetime_seconds}
	 * gets it, and a create asking for more is refused with {@code INVALID_PARAMETER_VALUE}.
	 * @param maxLifetime the maximum lifetime (default: none, tokens may never expire)
	 * @return this builder
	 */
	public DatabricksEmulatorBuilder maxLifetime(Duration maxLifetime) {
		if (maxLifetime.toSeconds() < 1) {
			throw new IllegalArgumentException("maxLifetime must be at least one second, got " + maxLifetime);
		}
		this.maxLifetime = maxLifetime;
		return this;
	}

	/**
	 * Sets how long OAuth access tokens stay valid ({@code expires_in}).
	 * @param accessTokenLifetime the lifetime, at least one second (default one hour)
	 * @return this builder
	 */
	public DatabricksEmulatorBuilder accessTokenLifetime(Duration accessTokenLifetime) {
		if (accessTokenLifetime.toSeconds() < 1) {
			throw new IllegalArgumentException("accessTokenLifetime must be at least one second, got "
					+ accessTokenLifetime);
		}
		this.accessTokenLifetime = accessTokenLifetime;
		return this;
	}

	/**
	 * Seeds the user {@value DatabricksEmulator#DEFAULT_PRINCIPAL} with a random token, read
	 * back with {@link DatabricksEmulator#defaultToken()}.
	 * @return this builder
	 */
	public DatabricksEmulatorBuilder withDefaultPrincipal() {
		return withPrincipal(DatabricksEmulator.DEFAULT_PRINCIPAL);
	}

	/**
	 * Seeds a user with a random token, read back with {@link DatabricksEmulator#principal(String)}.
	 * @param name the user's name
	 * @return this builder
	 */
	public DatabricksEmulatorBuilder withPrincipal(String name) {
		return withPrincipal(name, Secrets.patValue());
	}

	/**
	 * Seeds a user with a known token.
	 * @param name the user's name
	 * @param token the user's seed personal access token
	 * @return this builder
	 */
	public DatabricksEmulatorBuilder withPrincipal(String name, String token) {
		this.principals.add(new Principal(name, token));
		return this;
	}

	/**
	 * Seeds a service principal with random OAuth credentials, read back with
	 * {@link DatabricksEmulator#servicePrincipal(String)}.
	 * @param name the service principal's name
	 * @return this builder
	 */
	public DatabricksEmulatorBuilder withServicePrincipal(String name) {
		return withServicePrincipal(name, Secrets.clientId(), Secrets.clientSecret());
	}

	/**
	 * Seeds a service principal with known OAuth credentials.
	 * @param name the service principal's name
	 * @param clientId the OAuth client id
	 * @param clientSecret the OAuth client secret
	 * @return this builder
	 */
	public DatabricksEmulatorBuilder withServicePrincipal(String name, String clientId, String clientSecret) {
		this.servicePrincipals.add(new ServicePrincipal(name, clientId, clientSecret));
		return this;
	}

	/**
	 * Builds the emulator without starting it.
	 * @return a new emulator, seeded
	 * @throws IllegalArgumentException if two principals share a name, a token or a client id
	 */
	public DatabricksEmulator build() {
		return new DatabricksEmulator(new EmulatorSettings(this.port, this.clock, this.tokenQuota, this.maxLifetime,
				this.accessTokenLifetime, this.principals, this.servicePrincipals));
	}

	/**
	 * Builds and starts the emulator.
	 * @return a running emulator
	 */
	public DatabricksEmulator start() {
		return build().start();
	}

}
