package dev.dbtokens.test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The users and service principals the emulator knows, and the OAuth access tokens issued
 * to service principals. All methods are atomic.
 */
final class PrincipalDirectory {

	private final Clock clock;

	private final Duration accessTokenLifetime;

	private final Map<String, Principal> users = new HashMap<>();

	private final Map<String, ServicePrincipal> servicesByName = new HashMap<>();

	private final Map<String, ServicePrincipal> servicesByClientId = new HashMap<>();

	private final Map<String, AccessGrant> accessTokens = new HashMap<>();

	PrincipalDirectory(EmulatorSettings settings) {
		this.clock = settings.clock();
		this.accessTokenLifetime = settings.accessTokenLifetime();
	}

	synchronized void requireNewName(String name) {
		if (name.isBlank()) {
			throw new IllegalArgumentException("A principal name must not be blank.");
		}
		if (this.users.containsKey(name) || this.servicesByName.containsKey(name)) {
			throw new IllegalArgumentException("A principal named '" + name + "' already exists.");
		}
	}

	synchronized void addUser(Principal user) {
		requireNewName(user.name());
		this.users.put(user.name(), user);
	}

	synchronized void addService(ServicePrincipal service) {
		requireNewName(service.name());
		if (this.servicesByClientId.containsKey(service.clientId())) {
			throw new IllegalArgumentException("A service principal with client id '" + service.clientId()
					+ "' already exists.");
		}
		this.servicesByName.put(service.name(), service);
		this.servicesByClientId.put(service.clientId(), service);
	}

	synchronized Principal user(String name) {
		Principal user = this.users.get(name);
		if (user == null) {
			throw new IllegalArgumentException("No user named '" + name + "'; known users: " + this.users.keySet());
		}
		return user;
	}

	synchronized ServicePrincipal service(String name) {
		ServicePrincipal service = this.servicesByName.get(name);
		if (service == null) {
			throw new IllegalArgumentException("No service principal named '" + name + "'; known: "
					+ this.servicesByName.keySet());
		}
		return service;
	}

	/** The service principal with these credentials, or {@code null}. */
	synchronized @Nullable ServicePrincipal authenticateClient(String clientId, String clientSecret) {
		ServicePrincipal service = this.servicesByClientId.get(clientId);
		return (service != null && Secrets.matches(service.clientSecret(), clientSecret)) ? service : null;
	}

	synchronized String issueAccessToken(ServicePrincipal service) {
		String token = Secrets.accessToken();
		Instant expiresAt = this.clock.instant().plus(this.accessTokenLifetime);
		this.accessTokens.put(token, new AccessGrant(service.name(), expiresAt));
		return token;
	}

	synchronized Duration accessTokenLifetime() {
		return this.accessTokenLifetime;
	}

	/** The principal a live access token was issued to, or {@code null}. */
	synchronized @Nullable String ownerOfAccessToken(String token) {
		AccessGrant grant = this.accessTokens.get(token);
		return (grant != null && this.clock.instant().isBefore(grant.expiresAt())) ? grant.principal() : null;
	}

	synchronized void clear() {
		this.users.clear();
		this.servicesByName.clear();
		this.servicesByClientId.clear();
		this.accessTokens.clear();
	}

	private record AccessGrant(String principal, Instant expiresAt) {
	}

}
