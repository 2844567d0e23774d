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

}
