package dev.dbtokens.test;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Authenticates a request, checks that admin operations come from an admin, and hands it to
 * its endpoint. Knows nothing of HTTP transport.
 */
final class RequestHandler {

	private static final Set<Operation> ADMIN_ONLY = EnumSet.of(Operation.MANAGEMENT_LIST, Operation.MANAGEMENT_GET,
			Operation.MANAGEMENT_UPDATE, Operation.MANAGEMENT_DELETE, Operation.CREATE_ON_BEHALF_OF,
			Operation.GET_PERMISSIONS, Operation.SET_PERMISSIONS, Operation.UPDATE_PERMISSIONS,
			Operation.GET_WORKSPACE_CONF, Operation.SET_WORKSPACE_CONF);

	private final TokenRegistry tokens;

	private final PrincipalDirectory directory;

	private final TokenAcl acl;

	private final WorkspaceConf conf;

	private final TokenEndpoints tokenEndpoints;

	private final TokenManagementEndpoints managementEndpoints;

	private final PermissionEndpoints permissionEndpoints;

	private final WorkspaceConfEndpoints confEndpoints;

	private final OAuthEndpoints oauthEndpoints;

	RequestHandler(Workspace workspace, OAuthEndpoints oauthEndpoints) {
		this.tokens = workspace.tokens();
		this.directory = workspace.directory();
		this.acl = workspace.acl();
		this.conf = workspace.conf();
		this.tokenEndpoints = new TokenEndpoints(this.tokens, this.acl, this.conf);
		this.managementEndpoints = new TokenManagementEndpoints(this.tokens, this.directory, this.acl, this.conf,
				workspace.workspaceId());
		this.permissionEndpoints = new PermissionEndpoints(this.acl, this.directory, this.tokens);
		this.confEndpoints = new WorkspaceConfEndpoints(this.conf);
		this.oauthEndpoints = oauthEndpoints;
	}

	Handled handle(Operation operation, String path, Map<String, List<String>> query, @Nullable String authorization,
			byte[] body) {
		return switch (operation) {
			case DISCOVERY -> new Handled(this.oauthEndpoints.discovery(), null);
			case OAUTH_TOKEN -> this.oauthEndpoints.token(authorization, body);
			default -> handleApi(operation, path, query, authorization, body);
		};
	}

	private Handled handleApi(Operation operation, String path, Map<String, List<String>> query,
			@Nullable String authorization, byte[] body) {
		String principal;
		try {
			principal = authenticate(authorization);
		}
		catch (ApiException ex) {
			return new Handled(ex.toResponse(), null);
		}
		try {
			if (ADMIN_ONLY.contains(operation) && !this.directory.isAdmin(principal)) {
				throw new ApiException(403, "PERMISSION_DENIED", "Only workspace admins may call this API; "
						+ this.directory.userName(principal) + " is not a member of the admins group.");
			}
			return new Handled(dispatch(operation, path, query, principal, body), principal);
		}
		catch (ApiException ex) {
			return new Handled(ex.toResponse(), principal);
		}
	}

	private ApiResponse dispatch(Operation operation, String path, Map<String, List<String>> query, String principal,
			byte[] body) {
		return switch (operation) {
			case CREATE -> this.tokenEndpoints.create(principal, body);
			case DELETE -> this.tokenEndpoints.delete(principal, body);
			case LIST -> this.tokenEndpoints.list(principal);
			case UPDATE -> this.tokenEndpoints.update(principal, Routes.tokenId(path), body);
			case MANAGEMENT_LIST -> this.managementEndpoints.list(query);
			case MANAGEMENT_GET -> this.managementEndpoints.get(Routes.tokenId(path));
			case MANAGEMENT_UPDATE -> this.managementEndpoints.update(Routes.tokenId(path), body);
			case MANAGEMENT_DELETE -> this.managementEndpoints.delete(Routes.tokenId(path));
			case CREATE_ON_BEHALF_OF -> this.managementEndpoints.createOnBehalfOf(principal, body);
			case GET_PERMISSIONS -> this.permissionEndpoints.get();
			case SET_PERMISSIONS -> this.permissionEndpoints.set(body);
			case UPDATE_PERMISSIONS -> this.permissionEndpoints.update(body);
			case GET_PERMISSION_LEVELS -> this.permissionEndpoints.levels();
			case GET_WORKSPACE_CONF -> this.confEndpoints.get(query);
			case SET_WORKSPACE_CONF -> this.confEndpoints.set(body);
			case OAUTH_TOKEN, DISCOVERY -> throw new IllegalStateException("Not an API operation: " + operation);
		};
	}

	/**
	 * A missing credential is 401 {@code UNAUTHENTICATED}; a token the workspace does not
	 * accept (unknown, revoked, expired) is 403 {@code PERMISSION_DENIED}, as the real
	 * service answers. A personal access token also needs tokens enabled for the workspace and
	 * its owner to hold {@code CAN_USE} (or be an admin); each use records its
	 * {@code last_used_day}. OAuth access tokens are not personal access tokens: neither rule
	 * applies to them.
	 */
	private String authenticate(@Nullable String authorization) {
		if (authorization == null || authorization.isBlank()) {
			throw new ApiException(401, "UNAUTHENTICATED", "No Authorization header: send 'Bearer <token>'.");
		}
		if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
			throw new ApiException(401, "UNAUTHENTICATED", "Unsupported authorization scheme: send 'Bearer <token>'.");
		}
		String token = authorization.substring(7).trim();
		String owner = this.tokens.ownerOf(token);
		if (owner != null) {
			if (!this.conf.tokensEnabled()) {
				throw new ApiException(403, "PERMISSION_DENIED", "Personal access tokens are disabled for this "
						+ "workspace; authenticate with OAuth, or have an admin enable them.");
			}
			this.acl.requireMayUseTokens(owner);
			this.tokens.markUsed(token);
			return owner;
		}
		String service = this.directory.ownerOfAccessToken(token);
		if (service == null) {
			throw new ApiException(403, "PERMISSION_DENIED", "Invalid access token.");
		}
		return service;
	}

}
