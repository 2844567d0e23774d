package dev.dbtokens.test;

/**
 * The users, service principals and groups of a {@link DatabricksEmulator}, obtained from
 * {@link DatabricksEmulator#principals()}: read the seeded ones back, add more at run time.
 * Everything added here is removed by {@link DatabricksEmulator#reset()}. Thread-safe.
 *
 * <pre class="code">
 * Principal alice = emulator.principals().addPrincipal("alice@example.com");
 * emulator.principals().addToGroup(DatabricksEmulator.ADMINS_GROUP, "alice@example.com");
 * </pre>
 *
 * <p><strong>Who may create and use personal access tokens.</strong> Admins (members of the
 * group {@code admins}) always may. Anyone else needs {@code CAN_USE} on
 * {@code authorization/tokens}: granted to them, to a group they belong to, or to the group
 * {@code users}, which holds every user and service principal. By default the token
 * permissions start with {@code users: CAN_USE}, as in workspaces where every user may create
 * tokens until an admin restricts them ({@link DatabricksEmulatorBuilder#tokenUsageForAllUsers(boolean)} starts with no
 * grant instead, like workspaces created with the newer default). A principal without
 * {@code CAN_USE} gets 403 {@code PERMISSION_DENIED} ("does not have permission to use
 * tokens") on create and when its tokens authenticate; replacing the permissions
 * ({@code PUT}) revokes the tokens of every principal who lost {@code CAN_USE}, as Databricks
 * does.
 */
public final class EmulatorPrincipals {

	private final Workspace workspace;

	private final EmulatorSettings settings;

	EmulatorPrincipals(Workspace workspace, EmulatorSettings settings) {
		this.workspace = workspace;
		this.settings = settings;
	}

	/**
	 * Returns the principal seeded by {@link DatabricksEmulatorBuilder#withDefaultPrincipal()}.
	 * @return the default principal
	 * @throws IllegalStateException if the emulator was built without it
	 */
	public Principal defaultPrincipal() {
		if (this.settings.principals().stream().noneMatch((p) -> p.name().equals(DatabricksEmulator.DEFAULT_PRINCIPAL))) {
			throw new IllegalStateException("No default principal: build the emulator with withDefaultPrincipal().");
		}
		return this.workspace.directory().user(DatabricksEmulator.DEFAULT_PRINCIPAL);
	}

	/**
	 * Returns a user by name.
	 * @param name the user's name
	 * @return the user, with its seed token
	 * @throws IllegalArgumentException if there is no such user
	 */
	public Principal principal(String name) {
		return this.workspace.directory().user(name);
	}

	/**
	 * Returns a service principal by name.
	 * @param name the service principal's name
	 * @return the service principal, with its credentials
	 * @throws IllegalArgumentException if there is no such service principal
	 */
	public ServicePrincipal servicePrincipal(String name) {
		return this.workspace.directory().service(name);
	}

	/**
	 * Adds a user with a random seed token.
	 * @param name a name not used by any other principal
	 * @return the new user
	 */
	public Principal addPrincipal(String name) {
		return addPrincipal(name, Secrets.patValue());
	}

	/**
	 * Adds a user with a known seed token.
	 * @param name a name not used by any other principal
	 * @param token a token value no other principal holds
	 * @return the new user
	 */
	public Principal addPrincipal(String name, String token) {
		Principal user = new Principal(name, token);
		synchronized (this.workspace) {
			this.workspace.addUser(user);
		}
		return user;
	}

	/**
	 * Adds a service principal with random OAuth credentials.
	 * @param name a name not used by any other principal
	 * @return the new service principal
	 */
	public ServicePrincipal addServicePrincipal(String name) {
		return addServicePrincipal(name, Secrets.clientId(), Secrets.clientSecret());
	}

	/**
	 * Adds a service principal with known OAuth credentials.
	 * @param name a name not used by any other principal
	 * @param clientId a client id not used by another service principal
	 * @param clientSecret the client secret
	 * @return the new service principal
	 */
	public ServicePrincipal addServicePrincipal(String name, String clientId, String clientSecret) {
		ServicePrincipal service = new ServicePrincipal(name, clientId, clientSecret);
		synchronized (this.workspace) {
			this.workspace.directory().addService(service);
		}
		return service;
	}

	/**
	 * Adds a user or service principal to a group, creating the group if needed; adding to
	 * {@value DatabricksEmulator#ADMINS_GROUP} makes it a workspace admin.
	 * @param group the group name (not {@value DatabricksEmulator#USERS_GROUP}: everyone is in it)
	 * @param member the name of an existing user or service principal
	 */
	public void addToGroup(String group, String member) {
		synchronized (this.workspace) {
			this.workspace.directory().addToGroup(group, member);
		}
	}

	/**
	 * Returns the numeric id of a user or service principal, as Token Management reports it in
	 * {@code created_by_id} and {@code owner_id}. Ids are handed out in the order principals
	 * are added (users first, then service principals, as declared), starting at
	 * {@code 1000000000000001}, and are the same after {@link DatabricksEmulator#reset()}.
	 * @param name the principal's name
	 * @return the id
	 * @throws IllegalArgumentException if there is no such principal
	 */
	public long principalId(String name) {
		return this.workspace.directory().id(name);
	}

}
