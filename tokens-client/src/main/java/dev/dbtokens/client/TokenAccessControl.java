package dev.dbtokens.client;

import org.jspecify.annotations.Nullable;

/**
 * One grant of a permission on all tokens of a workspace, as sent by
 * {@link TokenManagementClient#setPermissions} and {@link TokenManagementClient#updatePermissions}:
 * exactly one principal (a user, a group or a service principal) and a level.
 *
 * @param userName the user's name, e.g. {@code someone@example.com}, or {@code null}
 * @param groupName the group's name, e.g. {@code data-engineers}, or {@code null}
 * @param servicePrincipalName the application id of a service principal, or {@code null}
 * @param permissionLevel the level, e.g. {@value #CAN_USE} (the only one the SDKs model: admins
 * manage tokens implicitly)
 */
public record TokenAccessControl(@Nullable String userName, @Nullable String groupName, @Nullable String servicePrincipalName,
		String permissionLevel) {

	/** The level that lets a principal create and use tokens. */
	public static final String CAN_USE = "CAN_USE";

	/**
	 * Checks that exactly one principal and a level are given.
	 * @throws IllegalArgumentException when none or several principals are given, one is blank, or
	 * the level is blank
	 */
	public TokenAccessControl {
		int principals = 0;
		for (String name : new String[] { userName, groupName, servicePrincipalName }) {
			if (name != null) {
				if (name.isBlank()) {
					throw new IllegalArgumentException("a principal name must not be blank: give a user, group or service principal name");
				}
				principals++;
			}
		}
		if (principals != 1) {
			throw new IllegalArgumentException("a grant names exactly one of userName, groupName and servicePrincipalName, was "
					+ principals + ": use TokenAccessControl.userCanUse(…), groupCanUse(…) or servicePrincipalCanUse(…)");
		}
		if (permissionLevel == null || permissionLevel.isBlank()) {
			throw new IllegalArgumentException("permissionLevel must not be null or blank: use TokenAccessControl.CAN_USE");
		}
	}

	/**
	 * Lets a user create and use tokens.
	 * @param userName the user's name
	 * @return the grant
	 */
	public static TokenAccessControl userCanUse(String userName) {
		return new TokenAccessControl(required(userName, "userName"), null, null, CAN_USE);
	}

	/**
	 * Lets the members of a group create and use tokens.
	 * @param groupName the group's name, e.g. {@code users} for every user
	 * @return the grant
	 */
	public static TokenAccessControl groupCanUse(String groupName) {
		return new TokenAccessControl(null, required(groupName, "groupName"), null, CAN_USE);
	}

	/**
	 * Lets a service principal create and use tokens.
	 * @param applicationId the application id of the service principal
	 * @return the grant
	 */
	public static TokenAccessControl servicePrincipalCanUse(String applicationId) {
		return new TokenAccessControl(null, null, required(applicationId, "applicationId"), CAN_USE);
	}

	private static String required(@Nullable String name, String what) {
		if (name == null) {
			throw new IllegalArgumentException(what + " must not be null");
		}
		return name;
	}

}
