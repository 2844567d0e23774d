package dev.dbtokens.test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * The permissions of {@code authorization/tokens}: read, replace ({@code PUT}), add
 * ({@code PATCH}) and the permission levels. The {@code admins} group always holds
 * {@code CAN_MANAGE} and is listed first; grants of {@code CAN_USE} follow.
 */
final class PermissionEndpoints {

	private final TokenAcl acl;

	private final PrincipalDirectory directory;

	private final TokenRegistry registry;

	PermissionEndpoints(TokenAcl acl, PrincipalDirectory directory, TokenRegistry registry) {
		this.acl = acl;
		this.directory = directory;
		this.registry = registry;
	}

	ApiResponse get() {
		return ApiResponse.json(200, permissions());
	}

	/**
	 * Replaces the grants. As on Databricks, the tokens of a principal who may no longer use tokens
	 * are suspended, not deleted: they stop authenticating, and work again once the principal
	 * holds {@code CAN_USE} again.
	 */
	ApiResponse set(byte[] body) {
		this.acl.set(grantees(body));
		return ApiResponse.json(200, permissions());
	}

	ApiResponse update(byte[] body) {
		this.acl.add(grantees(body));
		return ApiResponse.json(200, permissions());
	}

	ApiResponse levels() {
		return ApiResponse.json(200, Map.of("permission_levels", List.of(
				Map.of("permission_level", TokenAcl.CAN_USE, "description",
						"Can create personal access tokens and use them to authenticate"),
				Map.of("permission_level", TokenAcl.CAN_MANAGE, "description",
						"Can manage every token and token permissions (workspace admins only)"))));
	}

	private Map<String, Object> permissions() {
		List<Map<String, Object>> entries = new ArrayList<>();
		entries.add(entry(TokenAcl.Kind.GROUP, PrincipalDirectory.ADMINS, TokenAcl.CAN_MANAGE));
		for (TokenAcl.Grantee grantee : this.acl.grants()) {
			entries.add(entry(grantee.kind(), grantee.name(), TokenAcl.CAN_USE));
		}
		Map<String, Object> permissions = new LinkedHashMap<>();
		permissions.put("object_id", "authorization/tokens");
		permissions.put("object_type", "tokens");
		permissions.put("access_control_list", entries);
		return permissions;
	}

	private Map<String, Object> entry(TokenAcl.Kind kind, String name, String level) {
		Map<String, Object> entry = new LinkedHashMap<>();
		entry.put(kind.field(), name);
		if (kind == TokenAcl.Kind.USER) {
			entry.put("display_name", name);
		}
		else if (kind == TokenAcl.Kind.SERVICE_PRINCIPAL) {
			ServicePrincipal service = this.directory.serviceByApplicationId(name);
			entry.put("display_name", (service != null) ? service.name() : name);
		}
		entry.put("all_permissions", List.of(Map.of("permission_level", level, "inherited", false)));
		return entry;
	}

	/**
	 * Reads {@code access_control_list}: each entry names exactly one user, group or service
	 * principal (by application id) that exists, with {@code CAN_USE}. The fixed
	 * {@code admins}/{@code CAN_MANAGE} entry may be sent back as read; it changes nothing.
	 */
	private List<TokenAcl.Grantee> grantees(byte[] body) {
		JsonNode list = Json.readObject(body).get("access_control_list");
		if (list == null || !list.isArray()) {
			throw ApiException.invalidParameter("access_control_list is required: an array of "
					+ "{\"user_name\" | \"group_name\" | \"service_principal_name\", \"permission_level\"}.");
		}
		List<TokenAcl.Grantee> grantees = new ArrayList<>();
		for (JsonNode entry : list.values()) {
			if (!entry.isObject()) {
				throw ApiException.invalidParameter("Each access_control_list entry must be an object.");
			}
			TokenAcl.Grantee grantee = grantee(entry);
			String level = Json.optionalString(entry, "permission_level");
			boolean fixedAdmins = grantee.kind() == TokenAcl.Kind.GROUP
					&& grantee.name().equals(PrincipalDirectory.ADMINS) && TokenAcl.CAN_MANAGE.equals(level);
			if (fixedAdmins) {
				continue;
			}
			if (!TokenAcl.CAN_USE.equals(level)) {
				throw ApiException.invalidParameter("permission_level must be CAN_USE, got " + level
						+ " for " + grantee.name() + "; CAN_MANAGE belongs to the admins group and cannot be granted.");
			}
			grantees.add(grantee);
		}
		return grantees;
	}

	private TokenAcl.Grantee grantee(JsonNode entry) {
		List<TokenAcl.Grantee> named = new ArrayList<>();
		for (TokenAcl.Kind kind : TokenAcl.Kind.values()) {
			String name = Json.optionalString(entry, kind.field());
			if (name != null) {
				named.add(new TokenAcl.Grantee(kind, name));
			}
		}
		if (named.size() != 1) {
			throw ApiException.invalidParameter("Each access_control_list entry must name exactly one of user_name, "
					+ "group_name, service_principal_name; got " + named.size() + ".");
		}
		TokenAcl.Grantee grantee = named.get(0);
		boolean exists = switch (grantee.kind()) {
			case USER -> this.directory.isUser(grantee.name());
			case GROUP -> grantee.name().equals(PrincipalDirectory.USERS) || this.directory.isGroup(grantee.name());
			case SERVICE_PRINCIPAL -> this.directory.serviceByApplicationId(grantee.name()) != null;
		};
		if (!exists) {
			throw ApiException.invalidParameter("Principal " + grantee.kind().field() + "=" + grantee.name()
					+ " does not exist; service principals are named by application id.");
		}
		return grantee;
	}

}
