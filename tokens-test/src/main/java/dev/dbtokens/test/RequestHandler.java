package dev.dbtokens.test;

import org.jspecify.annotations.Nullable;

/**
 * Authenticates a request and hands it to its endpoint. Knows nothing of HTTP transport.
 */
final class RequestHandler {

	private final TokenRegistry tokens;

	private final PrincipalDirectory directory;

	private final TokenEndpoints tokenEndpoints;

	private final OAuthEndpoints oauthEndpoints;

	RequestHandler(TokenRegistry tokens, PrincipalDirectory directory, OAuthEndpoints oauthEndpoints) {
		this.tokens = tokens;
		this.directory = directory;
		this.tokenEndpoints = new TokenEndpoints(tokens);
		this.oauthEndpoints = oauthEndpoints;
	}

	Handled handle(Operation operation, String path, @Nullable String authorization, byte[] body) {
		return switch (operation) {
			case DISCOVERY -> new Handled(this.oauthEndpoints.discovery(), null);
			case OAUTH_TOKEN -> this.oauthEndpoints.token(authorization, body);
			case CREATE, DELETE, LIST, UPDATE -> handleApi(operation, path, authorization, body);
		};
	}

	private Handled handleApi(Operation operation, String path, @Nullable String authorization, byte[] body) {
		String principal;
		try {
			principal = authenticate(authorization);
		}
		catch (ApiException ex) {
			return new Handled(ex.toResponse(), null);
		}
		try {
			ApiResponse response = switch (operation) {
				case CREATE -> this.tokenEndpoints.create(principal, body);
				case DELETE -> this.tokenEndpoints.delete(principal, body);
				case LIST -> this.tokenEndpoints.list(principal);
				default -> this.tokenEndpoints.update(principal, Routes.tokenId(path), body);
			};
			return new Handled(response, principal);
		}
		catch (ApiException ex) {
			return new Handled(ex.toResponse(), principal);
		}
	}

	/**
	 * A missing credential is 401 {@code UNAUTHENTICATED}; a token the workspace does not
	 * accept (unknown, revoked, expired) is 403 {@code PERMISSION_DENIED}, as the real
	 * service answers.
	 */
	private String authenticate(@Nullable String authorization) {
		if (authorization == null || authorization.isBlank()) {
			throw new ApiException(401, "UNAUTHENTICATED", "No Authorization header: send 'Bearer <token>'.");
		}
		if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
			throw new ApiException(401, "UNAUTHENTICATED", "Unsupported authorization scheme: send 'Bearer <token>'.");
		}
		String token = authorization.substring(7).trim();
		String principal = this.tokens.ownerOf(token);
		if (principal == null) {
			principal = this.directory.ownerOfAccessToken(token);
		}
		if (principal == null) {
			throw new ApiException(403, "PERMISSION_DENIED", "Invalid access token.");
		}
		return principal;
	}

}
