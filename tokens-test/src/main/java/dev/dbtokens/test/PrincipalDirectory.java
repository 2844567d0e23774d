package dev.dbtokens.test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The users, service principals and groups the emulator knows, their numeric ids, and the
 * OAuth access tokens issued to service principals. All methods are atomic.
 *
 * <p>Two groups always exist: {@value #ADMINS} (its members are workspace admins) and
 * {@value #USERS} (every user and service principal is a member, implicitly).
 */
final class PrincipalDirectory {

	static final String ADMINS = "admins";

	static final String USERS = "users";

	/** The first id handed out; ids follow in the order principals are added. */
	static final long FIRST_ID = 1_000_000_000_000_001L;

	private final Clock clock;

	private final Duration accessTokenLifetime;

	private final Map<String, Principal> users = new HashMap<>();

	private final Map<String, ServicePrincipal> servicesByName = new HashMap<>();

	private final Map<String, ServicePrincipal> servicesByClientId = new HashMap<>();

	private final Map<String, Long> ids = new HashMap<>();

	private final Map<String, Set<String>> groups = new LinkedHashMap<>();

	private final Map<String, AccessGrant> accessTokens = new HashMap<>();

	private long nextId = FIRST_ID;

	PrincipalDirectory(EmulatorSettings settings) {
		this.clock = settings.clock();
		this.accessTokenLifetime = settings.accessTokenLifetime();
		clear();
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
		this.ids.put(user.name(), this.nextId++);
	}

	synchronized void addService(ServicePrincipal service) {
		requireNewName(service.name());
		if (this.servicesByClientId.containsKey(service.clientId())) {
			throw new IllegalArgumentException("A service principal with client id '" + service.clientId()
					+ "' already exists.");
		}
		this.servicesByName.put(service.name(), service);
		this.servicesByClientId.put(service.clientId(), service);
		this.ids.put(service.name(), this.nextId++);
	}

	/** Adds a user or service principal to a group, creating the group if needed. */
	synchronized void addToGroup(String group, String member) {
		if (group.isBlank()) {
			throw new IllegalArgumentException("A group name must not be blank.");
		}
		if (USERS.equals(group)) {
			throw new IllegalArgumentException("Every principal is a member of the group '" + USERS
					+ "' already; name another group.");
		}
		if (!this.ids.containsKey(member)) {
			throw new IllegalArgumentException("Cannot add '" + member + "' to group '" + group
					+ "': no user or service principal has that name; known: " + this.ids.keySet());
		}
		this.groups.computeIfAbsent(group, (name) -> new LinkedHashSet<>()).add(member);
	}

	synchronized boolean isGroup(String group) {
		return this.groups.containsKey(group);
	}

	synchronized boolean isAdmin(String name) {
		return this.groups.get(ADMINS).contains(name);
	}

	/** Whether a principal belongs to a group ({@value #USERS} holds everyone). */
	synchronized boolean isMember(String name, String group) {
		if (USERS.equals(group)) {
			return this.ids.containsKey(name);
		}
		Set<String> members = this.groups.get(group);
		return members != null && members.contains(name);
	}

	synchronized boolean isUser(String name) {
		return this.users.containsKey(name);
	}

	/** The numeric id of a user or service principal. */
	synchronized long id(String name) {
		Long id = this.ids.get(name);
		if (id == null) {
			throw new IllegalArgumentException("No user or service principal named '" + name + "'; known: "
					+ this.ids.keySet());
		}
		return id;
	}

	/**
	 * The name a principal carries in token lists ({@code created_by_username}) and ACLs: a
	 * user's name, or a service principal's application id.
	 */
	synchronized String userName(String name) {
		ServicePrincipal service = this.servicesByName.get(name);
		return (service != null) ? service.applicationId() : name;
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

	/** The service principal with this application (client) id, or {@code null}. */
	synchronized @Nullable ServicePrincipal serviceByApplicationId(String applicationId) {
		return this.servicesByClientId.get(applicationId);
	}

	/** The service principal with these credentials, or {@code null}. */
	synchronized @Nullable ServicePrincipal authenticateClient(String clientId, String clientSecret) {
		ServicePrincipal service = this.servicesByClientId.get(clientId);
		return (service != null && Secrets.matches(service.clientSecret(), clientSecret)) ? service : null;
	}

	synchronized String issueAccessToken(ServicePrincipal service) {
		String token = Secrets.accessToken();
		Instant expiresAt = this.clock.instant().plus(this.accessTokenLifetime);
		this.accessTokens.put(Secrets.fingerprint(token), new AccessGrant(service.name(), expiresAt));
		return token;
	}

	synchronized Duration accessTokenLifetime() {
		return this.accessTokenLifetime;
	}

	/** The principal a live access token was issued to, or {@code null}. */
	synchronized @Nullable String ownerOfAccessToken(String token) {
		AccessGrant grant = this.accessTokens.get(Secrets.fingerprint(token));
		return (grant != null && this.clock.instant().isBefore(grant.expiresAt())) ? grant.principal() : null;
	}

	/** Every user ({@link Principal}) and service principal ({@link ServicePrincipal}), in id order. */
	synchronized List<Record> inIdOrder() {
		List<Record> all = new ArrayList<>(this.users.values());
		all.addAll(this.servicesByName.values());
		all.sort(Comparator.comparing((principal) -> this.ids.get((principal instanceof Principal user) ? user.name()
				: ((ServicePrincipal) principal).name())));
		return all;
	}

	/** Every group (the implicit {@value #USERS} left out) and its members. */
	synchronized Map<String, List<String>> groups() {
		Map<String, List<String>> copy = new LinkedHashMap<>();
		this.groups.forEach((group, members) -> copy.put(group, List.copyOf(members)));
		return copy;
	}

	synchronized void clear() {
		this.users.clear();
		this.servicesByName.clear();
		this.servicesByClientId.clear();
		this.ids.clear();
		this.groups.clear();
		this.groups.put(ADMINS, new LinkedHashSet<>());
		this.accessTokens.clear();
		this.nextId = FIRST_ID;
	}

	private record AccessGrant(String principal, Instant expiresAt) {
	}

}
