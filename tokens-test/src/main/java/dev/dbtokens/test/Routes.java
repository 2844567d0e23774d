package dev.dbtokens.test;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Maps a method and path to an {@link Operation}, or answers 404 {@code ENDPOINT_NOT_FOUND}
 * or 405 with an {@code Allow} header.
 */
final class Routes {

	static final String TOKEN_PREFIX = "/api/2.0/token/";

	static final String MANAGEMENT_TOKENS = "/api/2.0/token-management/tokens";

	static final String TOKEN_PERMISSIONS = "/api/2.0/permissions/authorization/tokens";

	private static final Map<String, Map<String, Operation>> FIXED = Map.ofEntries(
			Map.entry(TOKEN_PREFIX + "create", Map.of("POST", Operation.CREATE)),
			Map.entry(TOKEN_PREFIX + "delete", Map.of("POST", Operation.DELETE)),
			Map.entry(TOKEN_PREFIX + "list", Map.of("GET", Operation.LIST)),
			Map.entry("/oidc/.well-known/oauth-authorization-server", Map.of("GET", Operation.DISCOVERY)),
			Map.entry("/oidc/v1/token", Map.of("POST", Operation.OAUTH_TOKEN)),
			Map.entry(MANAGEMENT_TOKENS, Map.of("GET", Operation.MANAGEMENT_LIST)),
			Map.entry("/api/2.0/token-management/on-behalf-of/tokens", Map.of("POST", Operation.CREATE_ON_BEHALF_OF)),
			Map.entry(TOKEN_PERMISSIONS, Map.of("GET", Operation.GET_PERMISSIONS, "PUT", Operation.SET_PERMISSIONS,
					"PATCH", Operation.UPDATE_PERMISSIONS)),
			Map.entry(TOKEN_PERMISSIONS + "/permissionLevels", Map.of("GET", Operation.GET_PERMISSION_LEVELS)),
			Map.entry("/api/2.0/workspace-conf", Map.of("GET", Operation.GET_WORKSPACE_CONF, "PATCH",
					Operation.SET_WORKSPACE_CONF)));

	private static final Map<String, Operation> UPDATE = Map.of("PATCH", Operation.UPDATE);

	private static final Map<String, Operation> MANAGED_TOKEN = Map.of("GET", Operation.MANAGEMENT_GET, "PATCH",
			Operation.MANAGEMENT_UPDATE, "DELETE", Operation.MANAGEMENT_DELETE);

	private Routes() {
	}

	static Operation resolve(String method, String path) {
		Map<String, Operation> route = FIXED.get(path);
		if (route == null && isIdPath(TOKEN_PREFIX, path)) {
			route = UPDATE;
		}
		if (route == null && isIdPath(MANAGEMENT_TOKENS + "/", path)) {
			route = MANAGED_TOKEN;
		}
		if (route == null) {
			throw new ApiException(404, "ENDPOINT_NOT_FOUND", "No API found for '" + method + " " + path + "'");
		}
		Operation operation = route.get(method);
		if (operation == null) {
			String allowed = String.join(", ", route.keySet().stream().sorted().toList());
			throw new ApiException(405, "METHOD_NOT_ALLOWED",
					"Method " + method + " is not allowed on " + path + "; use " + allowed + ".",
					Map.of("Allow", allowed));
		}
		return operation;
	}

	/** The {@code token_id} at the end of {@code /api/2.0/token/{token_id}} or a token-management path. */
	static String tokenId(String path) {
		return path.substring(path.lastIndexOf('/') + 1);
	}

	/** The first value of a query parameter, or {@code null} when it is absent or empty. */
	static @Nullable String parameter(Map<String, List<String>> query, String name) {
		List<String> values = query.get(name);
		return (values == null || values.isEmpty() || values.get(0).isEmpty()) ? null : values.get(0);
	}

	private static boolean isIdPath(String prefix, String path) {
		return path.startsWith(prefix) && path.length() > prefix.length() && path.indexOf('/', prefix.length()) < 0;
	}

}
