package dev.dbtokens.test;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The Token API: create, delete, list and update, for an already authenticated principal.
 */
final class TokenEndpoints {

	private static final Set<String> UPDATABLE = Set.of("comment", "scopes");

	private final TokenRegistry registry;

	private final TokenAcl acl;

	private final WorkspaceConf conf;

	TokenEndpoints(TokenRegistry registry, TokenAcl acl, WorkspaceConf conf) {
		this.registry = registry;
		this.acl = acl;
		this.conf = conf;
	}

	/**
	 * Refused with 403 {@code PERMISSION_DENIED} when tokens are disabled for the workspace or
	 * the caller lacks {@code CAN_USE}; the lifetime is then checked against the maximum.
	 */
	ApiResponse create(String principal, byte[] body) {
		JsonNode request = Json.readObject(body);
		this.conf.requireTokensEnabled();
		this.acl.requireMayUseTokens(principal);
		StoredToken token = this.registry.create(principal, principal, Json.optionalString(request, "comment"),
				Json.optionalLong(request, "lifetime_seconds"), Json.optionalStringList(request, "scopes"));
		Map<String, Object> response = new LinkedHashMap<>();
		response.put("token_value", token.value());
		response.put("token_info", token.toWire());
		return ApiResponse.json(200, response);
	}

	ApiResponse delete(String principal, byte[] body) {
		String tokenId = Json.optionalString(Json.readObject(body), "token_id");
		if (tokenId == null || tokenId.isBlank()) {
			throw ApiException.invalidParameter("token_id is required.");
		}
		this.registry.delete(principal, tokenId);
		return ApiResponse.json(200, Map.of());
	}

	/** Like the real service, leaves {@code token_infos} out when the principal has no token. */
	ApiResponse list(String principal) {
		List<Map<String, Object>> infos = this.registry.live(principal).stream().map(StoredToken::toWire).toList();
		return ApiResponse.json(200, infos.isEmpty() ? Map.of() : Map.of("token_infos", infos));
	}

	/**
	 * Answers an empty object, as the real service does ({@code UpdateTokenResponse} has no
	 * fields); an id that is not a live token of the caller answers 404 {@code NOT_FOUND}, as
	 * the API reference says for this call (delete answers {@code RESOURCE_DOES_NOT_EXIST}).
	 */
	ApiResponse update(String principal, String tokenId, byte[] body) {
		UnaryOperator<StoredToken> change = change(Json.readObject(body));
		boolean owned = this.registry.live(principal).stream().anyMatch((token) -> token.id().equals(tokenId));
		if (!owned) {
			throw new ApiException(404, "NOT_FOUND", "Token with id " + tokenId + " does not exist.");
		}
		this.registry.update(principal, tokenId, change);
		return ApiResponse.json(200, Map.of());
	}

	/**
	 * Reads {@code {"token": {...}, "update_mask": "comment,scopes"}}: the change it asks for.
	 * A field named in the mask but absent from the token is cleared.
	 */
	static UnaryOperator<StoredToken> change(JsonNode request) {
		List<String> mask = updateMask(Json.optionalString(request, "update_mask"));
		JsonNode token = request.get("token");
		if (token != null && !token.isNull() && !token.isObject()) {
			throw ApiException.invalidParameter("Field 'token' must be an object.");
		}
		JsonNode fields = (token != null && token.isObject()) ? token : Json.readObject(new byte[0]);
		@Nullable String comment = Json.optionalString(fields, "comment");
		@Nullable List<String> scopes = Json.optionalStringList(fields, "scopes");
		return (current) -> {
			StoredToken result = current;
			if (mask.contains("comment")) {
				result = result.withComment(comment);
			}
			if (mask.contains("scopes")) {
				result = result.withScopes(scopes);
			}
			return result;
		};
	}

	private static List<String> updateMask(@Nullable String mask) {
		if (mask == null || mask.isBlank()) {
			throw ApiException.invalidParameter("update_mask is required, e.g. \"comment,scopes\".");
		}
		List<String> fields = Arrays.stream(mask.split(",")).map(String::trim).filter((f) -> !f.isEmpty()).toList();
		for (String field : fields) {
			if (!UPDATABLE.contains(field)) {
				throw ApiException.invalidParameter("update_mask names '" + field
						+ "', which cannot be updated; updatable fields: comment, scopes.");
			}
		}
		return fields;
	}

}
