package dev.dbtokens.test;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Who may create and use personal access tokens: the {@code authorization/tokens} access
 * control list. Admins always may (they hold {@code CAN_MANAGE}, which cannot be granted or
 * taken away); anyone else needs {@code CAN_USE}, granted to them, to a group they belong to,
 * or to the group {@value PrincipalDirectory#USERS} (everyone). All methods are atomic.
 */
final class TokenAcl {

	static final String CAN_USE = "CAN_USE";

	static final String CAN_MANAGE = "CAN_MANAGE";

	private final PrincipalDirectory directory;

	private final boolean usersMayUseTokens;

	private final Set<Grantee> grants = new LinkedHashSet<>();

	TokenAcl(PrincipalDirectory directory, boolean usersMayUseTokens) {
		this.directory = directory;
		this.usersMayUseTokens = usersMayUseTokens;
		reset();
	}

	/** Whether a principal (by emulator name) may create and use personal access tokens. */
	synchronized boolean mayUseTokens(String principal) {
		if (this.directory.isAdmin(principal)) {
			return true;
		}
		for (Grantee grantee : this.grants) {
			if (grantee.includes(principal, this.directory)) {
				return true;
			}
		}
		return false;
	}

	/** Answers 403 {@code PERMISSION_DENIED} as Databricks does for a principal without {@code CAN_USE}. */
	void requireMayUseTokens(String principal) {
		if (!mayUseTokens(principal)) {
			throw new ApiException(403, "PERMISSION_DENIED", "User " + this.directory.userName(principal)
					+ " does not have permission to use tokens.");
		}
	}

	synchronized List<Grantee> grants() {
		return List.copyOf(this.grants);
	}

	/** Replaces every {@code CAN_USE} grant. */
	synchronized void set(List<Grantee> grantees) {
		this.grants.clear();
		this.grants.addAll(grantees);
	}

	/** Adds {@code CAN_USE} grants, keeping the others. */
	synchronized void add(List<Grantee> grantees) {
		this.grants.addAll(grantees);
	}

	synchronized void reset() {
		this.grants.clear();
		if (this.usersMayUseTokens) {
			this.grants.add(new Grantee(Kind.GROUP, PrincipalDirectory.USERS));
		}
	}

	/** Who a grant names, as the permissions API names them. */
	enum Kind {

		USER("user_name"), GROUP("group_name"), SERVICE_PRINCIPAL("service_principal_name");

		private final String field;

		Kind(String field) {
			this.field = field;
		}

		String field() {
			return this.field;
		}

	}

	/**
	 * One entry of the list.
	 * @param kind user, group or service principal
	 * @param name the user name, group name or service principal application id
	 */
	record Grantee(Kind kind, String name) {

		boolean includes(String principal, PrincipalDirectory directory) {
			return switch (this.kind) {
				case GROUP -> directory.isMember(principal, this.name);
				case USER -> directory.isUser(principal) && principal.equals(this.name);
				case SERVICE_PRINCIPAL -> !directory.isUser(principal)
						&& directory.userName(principal).equals(this.name);
			};
		}

	}

}
