package dev.dbtokens.test;

import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The emulator's configuration, fixed when it is built.
 *
 * @param bindAddress the IP address to bind, 127.0.0.1 unless set
 * @param port the port to bind, {@code 0} for a random free one
 * @param clock the clock for creation, expiry, last-used and access-token times
 * @param tokenQuota how many live tokens one principal may hold
 * @param maxLifetime the starting maximum token lifetime ({@code maxTokenLifetimeDays}): given
 * to a create without {@code lifetime_seconds}, and the most a create may ask for;
 * {@code null} for none (tokens never expire)
 * @param accessTokenLifetime how long an OAuth access token stays valid
 * @param principals the users seeded at start and after every reset
 * @param servicePrincipals the service principals seeded at start and after every reset
 * @param groups group names and their members (users or service principals by name), in
 * declaration order; {@code admins} makes its members workspace admins
 * @param tokensEnabled the starting {@code enableTokensConfig}
 * @param tokenUsageForAllUsers whether the starting token permissions grant {@code CAN_USE}
 * to the group {@code users} (everyone)
 * @param workspaceId the id reported in {@code workspace_id}
 */
record EmulatorSettings(String bindAddress, int port, Clock clock, int tokenQuota, @Nullable Duration maxLifetime,
		Duration accessTokenLifetime, List<Principal> principals, List<ServicePrincipal> servicePrincipals,
		Map<String, List<String>> groups, boolean tokensEnabled, boolean tokenUsageForAllUsers, long workspaceId) {

	EmulatorSettings {
		principals = List.copyOf(principals);
		servicePrincipals = List.copyOf(servicePrincipals);
		Map<String, List<String>> copy = new LinkedHashMap<>();
		groups.forEach((group, members) -> copy.put(group, List.copyOf(members)));
		groups = Collections.unmodifiableMap(copy);
	}

}
