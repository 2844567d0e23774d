package dev.dbtokens.test;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The Token API: create, delete, list and update, for an already authenticated principal.
 */
final class TokenEndpoints {

	private static final Set<String> UPDATABLE = Set.of("comment", "scopes");

	private final TokenRegistry registry;

	TokenEndpoints(TokenRegistry registry) {
		this.registry = registry;
	}

	ApiResponse create(String principal, byte[] body) {
		JsonNode request = Json.readObject(body);
		StoredToken token = this.registry.create(principal, Json.optionalString(request, "comment"),
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

	ApiResponse update(String principal, String tokenId, byte[] body) {
		JsonNode request = Json.readObject(body);
		List<String> mask = updateMask(Json.optionalString(request, "update_mask"));
		JsonNode token = request.get("token");
		if (token != null && !token.isNull() && !token.isObject()) {
			throw ApiException.invalidParameter("Field 'token' must be an object.");
		}
		JsonNode fields = (token != null && token.isObject()) ? token : Json.readObject(new byte[0]);
		StoredToken updated = this.registry.update(principal, tokenId, (current) -> {
			StoredToken result = current;
			if (mask.contains("comment")) {
				result = result.withComment(Json.optionalString(fields, "comment"));
			}
			if (mask.contains("scopes")) {
				result = result.withScopes(Json.optionalStringList(fields, "scopes"));
			}
			return result;
		});
		return ApiResponse.json(200, updated.toWire());
	}

	/** Parses {@code "comment,scopes"}; a field named in the mask but absent from the body is cleared. */
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
