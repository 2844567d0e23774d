package dev.dbtokens.test;

import java.util.Map;

/**
 * Maps a method and path to an {@link Operation}, or answers 404 {@code ENDPOINT_NOT_FOUND}
 * or 405 with an {@code Allow} header.
 */
final class Routes {

	static final String TOKEN_PREFIX = "/api/2.0/token/";

	private static final Map<String, Route> FIXED = Map.of(
			TOKEN_PREFIX + "create", new Route("POST", Operation.CREATE),
			TOKEN_PREFIX + "delete", new Route("POST", Operation.DELETE),
			TOKEN_PREFIX + "list", new Route("GET", Operation.LIST),
			"/oidc/.well-known/oauth-authorization-server", new Route("GET", Operation.DISCOVERY),
			"/oidc/v1/token", new Route("POST", Operation.OAUTH_TOKEN));

	private static final Route UPDATE = new Route("PATCH", Operation.UPDATE);

	private Routes() {
	}

	static Operation resolve(String method, String path) {
		Route route = FIXED.get(path);
		if (route == null && isTokenPath(path)) {
			route = UPDATE;
		}
		if (route == null) {
			throw new ApiException(404, "ENDPOINT_NOT_FOUND", "No API found for '" + method + " " + path + "'");
		}
		if (!route.method().equals(method)) {
			throw new ApiException(405, "METHOD_NOT_ALLOWED",
					"Method " + method + " is not allowed on " + path + "; use " + route.method() + ".",
					Map.of("Allow", route.method()));
		}
		return route.operation();
	}

	/** The {@code token_id} of {@code PATCH /api/2.0/token/{token_id}}. */
	static String tokenId(String path) {
		return path.substring(TOKEN_PREFIX.length());
	}

	private static boolean isTokenPath(String path) {
		return path.startsWith(TOKEN_PREFIX) && path.length() > TOKEN_PREFIX.length()
				&& path.indexOf('/', TOKEN_PREFIX.length()) < 0;
	}

	private record Route(String method, Operation operation) {
	}

}
