package dev.dbtokens.test;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The emulator's configuration, fixed when it is built.
 *
 * @param port the port to bind on 127.0.0.1, {@code 0} for a random free one
 * @param clock the clock for creation, expiry and access-token times
 * @param tokenQuota how many live tokens one principal may hold
 * @param maxLifetime the lifetime given to a create without {@code lifetime_seconds}, and
 * the most a create may ask for; {@code null} for none (tokens never expire)
 * @param accessTokenLifetime how long an OAuth access token stays valid
 * @param principals the users seeded at start and after every reset
 * @param servicePrincipals the service principals seeded at start and after every reset
 */
record EmulatorSettings(int port, Clock clock, int tokenQuota, @Nullable Duration maxLifetime,
		Duration accessTokenLifetime, List<Principal> principals, List<ServicePrincipal> servicePrincipals) {

	EmulatorSettings {
		principals = List.copyOf(principals);
		servicePrincipals = List.copyOf(servicePrincipals);
	}

}
