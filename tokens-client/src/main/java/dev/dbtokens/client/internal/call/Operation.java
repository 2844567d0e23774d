package dev.dbtokens.client.internal.call;

/**
 * The operations of the Token API and of the Token Management API, named as in error messages
 * ({@code token/create failed: …}).
 */
public enum Operation {

	CREATE("token/create"), DELETE("token/delete"), LIST("token/list"),

	/** The path is a URI template: expand it with the token id. */
	UPDATE("token/{token_id}"),

	MANAGEMENT_LIST("token-management/list", "token-management/tokens"),

	MANAGEMENT_GET("token-management/get", "token-management/tokens/{token_id}"),

	MANAGEMENT_UPDATE("token-management/update", "token-management/tokens/{token_id}"),

	MANAGEMENT_DELETE("token-management/delete", "token-management/tokens/{token_id}"),

	CREATE_ON_BEHALF_OF("token-management/on-behalf-of/create", "token-management/on-behalf-of/tokens"),

	GET_PERMISSIONS("permissions/tokens/get", "permissions/authorization/tokens"),

	SET_PERMISSIONS("permissions/tokens/set", "permissions/authorization/tokens"),

	UPDATE_PERMISSIONS("permissions/tokens/update", "permissions/authorization/tokens"),

	PERMISSION_LEVELS("permissions/tokens/levels", "permissions/authorization/tokens/permissionLevels"),

	GET_SETTINGS("workspace-conf/get", "workspace-conf"),

	UPDATE_SETTINGS("workspace-conf/set", "workspace-conf");

	private final String name;

	private final String path;

	Operation(String path) {
		this(path, path);
	}

	Operation(String name, String path) {
		this.name = name;
		this.path = path;
	}

	public String path() {
		return "/api/2.0/" + this.path;
	}

	/** Whether the operation makes a token whose value only its answer carries: never re-sent once it may have acted. */
	public boolean createsToken() {
		return this == CREATE || this == CREATE_ON_BEHALF_OF;
	}

	/** Whether the operation revokes one token by id: "no such token" after a lost attempt means that attempt revoked it. */
	public boolean revokes() {
		return this == DELETE || this == MANAGEMENT_DELETE;
	}

	/** Whether a successful answer carries a secret, so that no excerpt of it may be shown. */
	public boolean answerCarriesSecret() {
		return createsToken();
	}

	@Override
	public String toString() {
		return this.name;
	}

}
