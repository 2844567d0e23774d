package dev.dbtokens.test;

/**
 * The operations the emulator answers. Used to aim faults and to read the journal.
 */
public enum Operation {

	/** {@code POST /api/2.0/token/create}. */
	CREATE,

	/** {@code POST /api/2.0/token/delete}. */
	DELETE,

	/** {@code GET /api/2.0/token/list}. */
	LIST,

	/** {@code PATCH /api/2.0/token/{token_id}}. */
	UPDATE,

	/** {@code POST /oidc/v1/token}: the OAuth client-credentials grant. */
	OAUTH_TOKEN,

	/** {@code GET /oidc/.well-known/oauth-authorization-server}. */
	DISCOVERY,

	/** {@code GET /api/2.0/token-management/tokens}: every token of the workspace (admins). */
	MANAGEMENT_LIST,

	/** {@code GET /api/2.0/token-management/tokens/{token_id}} (admins). */
	MANAGEMENT_GET,

	/** {@code PATCH /api/2.0/token-management/tokens/{token_id}} (admins). */
	MANAGEMENT_UPDATE,

	/** {@code DELETE /api/2.0/token-management/tokens/{token_id}} (admins). */
	MANAGEMENT_DELETE,

	/** {@code POST /api/2.0/token-management/on-behalf-of/tokens}: a token for a service principal (admins). */
	CREATE_ON_BEHALF_OF,

	/** {@code GET /api/2.0/permissions/authorization/tokens} (admins). */
	GET_PERMISSIONS,

	/** {@code PUT /api/2.0/permissions/authorization/tokens}: replaces the grants (admins). */
	SET_PERMISSIONS,

	/** {@code PATCH /api/2.0/permissions/authorization/tokens}: adds grants (admins). */
	UPDATE_PERMISSIONS,

	/** {@code GET /api/2.0/permissions/authorization/tokens/permissionLevels}. */
	GET_PERMISSION_LEVELS,

	/** {@code GET /api/2.0/workspace-conf?keys=...} (admins). */
	GET_WORKSPACE_CONF,

	/** {@code PATCH /api/2.0/workspace-conf} (admins). */
	SET_WORKSPACE_CONF

}
