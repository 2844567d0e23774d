package dev.dbtokens.test;

/**
 * The state of one emulated workspace, shared by the endpoints.
 *
 * @param tokens the personal access tokens
 * @param directory users, service principals, groups and OAuth access tokens
 * @param acl who may create and use tokens
 * @param conf the workspace settings
 * @param workspaceId the id reported in {@code workspace_id}
 */
record Workspace(TokenRegistry tokens, PrincipalDirectory directory, TokenAcl acl, WorkspaceConf conf,
		long workspaceId) {

	static Workspace of(EmulatorSettings settings) {
		PrincipalDirectory directory = new PrincipalDirectory(settings);
		WorkspaceConf conf = new WorkspaceConf(settings);
		return new Workspace(new TokenRegistry(settings, conf), directory,
				new TokenAcl(directory, settings.tokenUsageForAllUsers()), conf, settings.workspaceId());
	}

	/** Adds a user and its seed token, the name checked first so that a refused user leaves no token. */
	void addUser(Principal user) {
		this.directory.requireNewName(user.name());
		this.tokens.seed(user.name(), user.token());
		this.directory.addUser(user);
	}

	/** Drops every token, principal, group membership and setting changed at run time, then seeds the builder's. */
	void reset(EmulatorSettings settings) {
		this.tokens.clear();
		this.directory.clear();
		this.conf.reset();
		this.acl.reset();
		seed(settings);
	}

	/** Adds the builder's users with their tokens, its service principals, then its groups. */
	void seed(EmulatorSettings settings) {
		settings.principals().forEach(this::addUser);
		settings.servicePrincipals().forEach(this.directory::addService);
		settings.groups().forEach((group, members) -> members.forEach((member) -> this.directory.addToGroup(group, member)));
	}

}
