package dev.dbtokens.test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The Token Management API: every principal's tokens and on-behalf-of tokens for service
 * principals. The caller is an authenticated admin ({@link RequestHandler} checks that).
 */
final class TokenManagementEndpoints {

	private final TokenRegistry registry;

	private final PrincipalDirectory directory;

	private final TokenAcl acl;

	private final WorkspaceConf conf;

	private final long workspaceId;

	TokenManagementEndpoints(TokenRegistry registry, PrincipalDirectory directory, TokenAcl acl, WorkspaceConf conf,
			long workspaceId) {
		this.registry = registry;
		this.directory = directory;
		this.acl = acl;
		this.conf = conf;
		this.workspaceId = workspaceId;
	}

	/**
	 * Every live token, optionally only those created by {@code created_by_id} and/or
	 * {@code created_by_username}; {@code token_infos} is left out when none matches.
	 */
	ApiResponse list(Map<String, List<String>> query) {
		Long createdById = createdById(Routes.parameter(query, "created_by_id"));
		String createdByUsername = Routes.parameter(query, "created_by_username");
		Predicate<StoredToken> filter = (token) -> (createdById == null
				|| this.directory.id(token.createdBy()) == createdById)
				&& (createdByUsername == null || this.directory.userName(token.createdBy()).equals(createdByUsername));
		List<Map<String, Object>> infos = this.registry.all().stream().filter(filter).map(this::info).toList();
		return ApiResponse.json(200, infos.isEmpty() ? Map.of() : Map.of("token_infos", infos));
	}

	ApiResponse get(String tokenId) {
		return ApiResponse.json(200, Map.of("token_info", info(this.registry.find(tokenId))));
	}

	/** Applies the update mask like {@code PATCH /api/2.0/token/{id}}, and answers the {@code TokenInfo}. */
	ApiResponse update(String tokenId, byte[] body) {
		StoredToken updated = this.registry.updateAny(tokenId, TokenEndpoints.change(Json.readObject(body)));
		return ApiResponse.json(200, info(updated));
	}

	ApiResponse delete(String tokenId) {
		this.registry.deleteAny(tokenId);
		return ApiResponse.json(200, Map.of());
	}

	/**
	 * Mints a token owned by the service principal with {@code application_id}, created by the
	 * admin. An unknown application id answers 404 {@code RESOURCE_DOES_NOT_EXIST}; disabled
	 * tokens or a service principal without {@code CAN_USE} answer 403 {@code PERMISSION_DENIED};
	 * the lifetime is checked against the maximum like a create.
	 */
	ApiResponse createOnBehalfOf(String admin, byte[] body) {
		JsonNode request = Json.readObject(body);
		String applicationId = Json.optionalString(request, "application_id");
		if (applicationId == null || applicationId.isBlank()) {
			throw ApiException.invalidParameter("application_id is required: the application id of the service "
					+ "principal the token is for.");
		}
		ServicePrincipal service = this.directory.serviceByApplicationId(applicationId);
		if (service == null) {
			throw ApiException.notFound("Service principal with application id " + applicationId + " does not exist.");
		}
		this.conf.requireTokensEnabled();
		this.acl.requireMayUseTokens(service.name());
		StoredToken token = this.registry.create(service.name(), admin, Json.optionalString(request, "comment"),
				Json.optionalLong(request, "lifetime_seconds"), Json.optionalStringList(request, "scopes"));
		Map<String, Object> response = new LinkedHashMap<>();
		response.put("token_value", token.value());
		response.put("token_info", info(token));
		return ApiResponse.json(200, response);
	}

	private Map<String, Object> info(StoredToken token) {
		return token.toAdminWire(this.directory, this.workspaceId);
	}

	private static @Nullable Long createdById(@Nullable String value) {
		if (value == null) {
			return null;
		}
		try {
			return Long.parseLong(value.trim());
		}
		catch (NumberFormatException ex) {
			throw ApiException.invalidParameter("created_by_id must be an integer, got '" + value + "'.");
		}
	}

}
