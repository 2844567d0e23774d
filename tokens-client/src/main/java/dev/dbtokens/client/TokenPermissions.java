package dev.dbtokens.client;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.dbtokens.client.internal.wire.WireValues;
import org.jspecify.annotations.Nullable;

/**
 * Who may create and use tokens in a workspace ({@code /api/2.0/permissions/authorization/tokens}).
 * Read in the wire form, written with the Java names.
 *
 * @param objectId the object the permissions are on, {@code authorization/tokens}
 * @param objectType the type of that object, {@code tokens}
 * @param accessControlList one entry per principal with its permissions
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TokenPermissions(@JsonProperty("objectId") @Nullable String objectId,
		@JsonProperty("objectType") @Nullable String objectType,
		@JsonProperty("accessControlList") List<Grant> accessControlList) {

	/**
	 * Copies the list.
	 */
	public TokenPermissions {
		accessControlList = (accessControlList != null) ? List.copyOf(accessControlList) : List.of();
	}

	@JsonCreator
	static TokenPermissions fromWire(@JsonProperty("object_id") @Nullable String objectId,
			@JsonProperty("object_type") @Nullable String objectType,
			@JsonProperty("access_control_list") @Nullable List<Grant> accessControlList) {
		return new TokenPermissions(objectId, objectType, withoutNulls(accessControlList));
	}

	/**
	 * The permissions of one principal.
	 *
	 * @param userName the user's name, or {@code null}
	 * @param groupName the group's name, or {@code null}
	 * @param servicePrincipalName the service principal's application id, or {@code null}
	 * @param displayName the principal's display name, or {@code null}
	 * @param allPermissions its permissions, direct and inherited
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Grant(@JsonProperty("userName") @Nullable String userName, @JsonProperty("groupName") @Nullable String groupName,
			@JsonProperty("servicePrincipalName") @Nullable String servicePrincipalName,
			@JsonProperty("displayName") @Nullable String displayName,
			@JsonProperty("allPermissions") List<Permission> allPermissions) {

		/**
		 * Copies the list.
		 */
		public Grant {
			allPermissions = (allPermissions != null) ? List.copyOf(allPermissions) : List.of();
		}

		@JsonCreator
		static Grant fromWire(@JsonProperty("user_name") @Nullable String userName,
				@JsonProperty("group_name") @Nullable String groupName,
				@JsonProperty("service_principal_name") @Nullable String servicePrincipalName,
				@JsonProperty("display_name") @Nullable String displayName,
				@JsonProperty("all_permissions") @Nullable List<Permission> allPermissions) {
			return new Grant(userName, groupName, servicePrincipalName, displayName, withoutNulls(allPermissions));
		}

		/**
		 * Returns the principal's name, whichever kind it is.
		 * @return the user, group or service principal name, or {@code null} when the answer gave none
		 */
		public @Nullable String principal() {
			return (this.userName != null) ? this.userName
					: (this.groupName != null) ? this.groupName : this.servicePrincipalName;
		}

		/**
		 * Whether the principal holds a level, directly or inherited.
		 * @param permissionLevel the level, e.g. {@link TokenAccessControl#CAN_USE}
		 * @return {@code true} when one of its permissions has that level
		 */
		public boolean has(String permissionLevel) {
			return this.allPermissions.stream().anyMatch((permission) -> permissionLevel.equals(permission.permissionLevel()));
		}

	}

	/**
	 * One permission of a principal.
	 *
	 * @param permissionLevel the level, e.g. {@code CAN_USE}; levels this client does not know are kept as they are
	 * @param inherited whether it comes from a parent object rather than a direct grant
	 * @param inheritedFromObject the objects it is inherited from
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Permission(@JsonProperty("permissionLevel") @Nullable String permissionLevel,
			@JsonProperty("inherited") boolean inherited,
			@JsonProperty("inheritedFromObject") List<String> inheritedFromObject) {

		/**
		 * Copies the list.
		 */
		public Permission {
			inheritedFromObject = (inheritedFromObject != null) ? List.copyOf(inheritedFromObject) : List.of();
		}

		@JsonCreator
		static Permission fromWire(@JsonProperty("permission_level") @Nullable String permissionLevel,
				@JsonProperty("inherited") @Nullable Boolean inherited,
				@JsonProperty("inherited_from_object") @Nullable List<String> inheritedFromObject) {
			return new Permission(permissionLevel, Boolean.TRUE.equals(inherited), WireValues.withoutNulls(inheritedFromObject));
		}

	}

	private static <T> @Nullable List<T> withoutNulls(@Nullable List<T> values) {
		return (values != null) ? values.stream().filter(java.util.Objects::nonNull).toList() : null;
	}

}
