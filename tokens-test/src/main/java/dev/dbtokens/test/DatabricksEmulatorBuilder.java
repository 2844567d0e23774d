package dev.dbtokens.test;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Describes a {@link DatabricksEmulator}; obtained from {@link DatabricksEmulator#builder()}.
 * Principals, groups and settings declared here are seeded at build time and again after every
 * {@link DatabricksEmulator#reset()}.
 *
 * <pre class="code">
 * DatabricksEmulator.builder()
 *     .withAdmin("admin@example.com")                  // a workspace admin (group "admins")
 *     .withPrincipal("alice@example.com")              // a plain user
 *     .withServicePrincipal("ci-bot")                  // OAuth client; its client id is its application id
 *     .withGroup("ci", "alice@example.com", "ci-bot")  // a group and its members
 *     .tokenUsageForAllUsers(false)                    // only admins and CAN_USE grants may use tokens
 *     .maxLifetime(Duration.ofDays(90))                // maxTokenLifetimeDays = 90
 *     .start();
 * </pre>
 *
 * Who may create and use tokens is described on {@link EmulatorPrincipals}.
 */
public final class DatabricksEmulatorBuilder {

	private int port;

	private String bindAddress = "127.0.0.1";

	private Clock clock = Clock.systemUTC();

	private int tokenQuota = 600;

	private @Nullable Duration maxLifetime;

	private Duration accessTokenLifetime = Duration.ofHours(1);

	private final List<Principal> principals = new ArrayList<>();

	private final List<ServicePrincipal> servicePrincipals = new ArrayList<>();

	private final Map<String, List<String>> groups = new LinkedHashMap<>();

	private boolean tokensEnabled = true;

	private boolean tokenUsageForAllUsers = true;

	private long workspaceId = DatabricksEmulator.DEFAULT_WORKSPACE_ID;

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
	 * Sets the address to bind: a loopback address unless other machines must reach the
	 * emulator (it then answers anyone who can reach that address).
	 * @param bindAddress an IP address literal (default {@code 127.0.0.1})
	 * @return this builder
	 */
	public DatabricksEmulatorBuilder bindAddress(String bindAddress) {
		if (!bindAddress.matches("[0-9.]+|\\[?[0-9a-fA-F.]*:[0-9a-fA-F:.]*]?")) {
			throw new IllegalArgumentException("bindAddress must be an IP address such as 127.0.0.1 or ::1, got '"
					+ bindAddress + "'");
		}
		this.bindAddress = bindAddress.replace("[", "").replace("]", "");
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
	 * Sets the workspace's starting maximum token lifetime ({@code maxTokenLifetimeDays}, which
	 * {@code PATCH /api/2.0/workspace-conf} changes at run time): a create or on-behalf-of create
	 * without {@code lifetime_seconds} gets it, and one asking for more is refused with 400
	 * {@code INVALID_PARAMETER_VALUE}. {@code workspace-conf} reports it in whole days, rounded up.
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
	 * Sets the starting {@code enableTokensConfig}. While it is {@code false}, personal access
	 * tokens neither authenticate nor can be created (403 {@code PERMISSION_DENIED}, "Personal
	 * access tokens are disabled"); no token is deleted, and OAuth access tokens still work, so a
	 * service principal admin can turn tokens back on.
	 * @param tokensEnabled whether personal access tokens are enabled (default {@code true})
	 * @return this builder
	 */
	public DatabricksEmulatorBuilder tokensEnabled(boolean tokensEnabled) {
		this.tokensEnabled = tokensEnabled;
		return this;
	}

	/**
	 * Sets whether the token permissions start with {@code CAN_USE} for the group {@code users}
	 * (every user and service principal). With {@code false} only admins, and principals or
	 * groups later granted {@code CAN_USE}, may create and use personal access tokens; the seed
	 * tokens of everyone else do not authenticate.
	 * @param tokenUsageForAllUsers whether every principal starts with {@code CAN_USE} (default
	 * {@code true})
	 * @return this builder
	 */
	public DatabricksEmulatorBuilder tokenUsageForAllUsers(boolean tokenUsageForAllUsers) {
		this.tokenUsageForAllUsers = tokenUsageForAllUsers;
		return this;
	}

	/**
	 * Sets the workspace id reported in the {@code workspace_id} of Token Management answers.
	 * @param workspaceId a positive id (default {@value DatabricksEmulator#DEFAULT_WORKSPACE_ID})
	 * @return this builder
	 */
	public DatabricksEmulatorBuilder workspaceId(long workspaceId) {
		if (workspaceId < 1) {
			throw new IllegalArgumentException("workspaceId must be positive, got " + workspaceId);
		}
		this.workspaceId = workspaceId;
		return this;
	}

	/**
	 * Seeds a workspace admin (a user in the group {@code admins}) with a random token, read
	 * back with {@link EmulatorPrincipals#principal(String)}. Admins may call the Token
	 * Management, permissions and workspace-conf APIs; others get 403 {@code PERMISSION_DENIED}.
	 * @param name the admin's user name
	 * @return this builder
	 */
	public DatabricksEmulatorBuilder withAdmin(String name) {
		return withAdmin(name, Secrets.patValue());
	}

	/**
	 * Seeds a workspace admin with a known token.
	 * @param name the admin's user name
	 * @param token the admin's seed personal access token
	 * @return this builder
	 */
	public DatabricksEmulatorBuilder withAdmin(String name, String token) {
		return withPrincipal(name, token).withGroup(DatabricksEmulator.ADMINS_GROUP, name);
	}

	/**
	 * Declares a group and adds members to it (calling it again for the same group adds more).
	 * Members are users or service principals declared on this builder, by name; a service
	 * principal in {@code admins} is a workspace admin. The group {@code users} needs no
	 * declaring: every principal is in it.
	 * @param group the group name
	 * @param members the names of its members
	 * @return this builder
	 */
	public DatabricksEmulatorBuilder withGroup(String group, String... members) {
		if (group.isBlank() || DatabricksEmulator.USERS_GROUP.equals(group)) {
			throw new IllegalArgumentException("group must not be blank or '" + DatabricksEmulator.USERS_GROUP
					+ "' (every principal is in it), got '" + group + "'");
		}
		this.groups.computeIfAbsent(group, (name) -> new ArrayList<>()).addAll(List.of(members));
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
	 * Seeds a user with a random token, read back with {@link EmulatorPrincipals#principal(String)}.
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
	 * {@link EmulatorPrincipals#servicePrincipal(String)}.
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
	 * @throws IllegalArgumentException if two principals share a name, a token or a client id,
	 * or a group names a member that is not declared
	 */
	public DatabricksEmulator build() {
		return new DatabricksEmulator(new EmulatorSettings(this.bindAddress, this.port, this.clock, this.tokenQuota, this.maxLifetime,
				this.accessTokenLifetime, this.principals, this.servicePrincipals, this.groups, this.tokensEnabled,
				this.tokenUsageForAllUsers, this.workspaceId));
	}

	/**
	 * Builds and starts the emulator.
	 * @return a running emulator
	 */
	public DatabricksEmulator start() {
		return build().start();
	}

}
