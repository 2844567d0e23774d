package dev.dbtokens.client.internal.wire;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.dbtokens.client.TokenAccessControl;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code PUT} and {@code PATCH permissions/authorization/tokens}.
 */
public record AccessControlRequestBody(@JsonProperty("access_control_list") List<Entry> accessControlList) {

	public static AccessControlRequestBody of(List<TokenAccessControl> acl) {
		if (acl == null || acl.stream().anyMatch(java.util.Objects::isNull)) {
			throw new IllegalArgumentException("acl must not be null or contain null: give a list of TokenAccessControl "
					+ "(an empty list removes every direct grant when set)");
		}
		return new AccessControlRequestBody(acl.stream()
			.map((grant) -> new Entry(grant.userName(), grant.groupName(), grant.servicePrincipalName(), grant.permissionLevel()))
			.toList());
	}

	/** One grant; {@code null} names are not sent. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Entry(@JsonProperty("user_name") @Nullable String userName, @JsonProperty("group_name") @Nullable String groupName,
			@JsonProperty("service_principal_name") @Nullable String servicePrincipalName,
			@JsonProperty("permission_level") String permissionLevel) {
	}

}
