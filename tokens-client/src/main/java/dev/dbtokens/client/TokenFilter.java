package dev.dbtokens.client;

import org.jspecify.annotations.Nullable;

/**
 * Which tokens {@link TokenManagementClient#list(TokenFilter)} asks the workspace for: all, or
 * those created by one user (the service filters; the API is not paginated).
 *
 * @param createdById only tokens created by the user with this id, or {@code null}
 * @param createdByUsername only tokens created by the user with this name, or {@code null}
 */
public record TokenFilter(@Nullable Long createdById, @Nullable String createdByUsername) {

	private static final TokenFilter ALL = new TokenFilter(null, null);

	/**
	 * Checks the id and the name.
	 * @throws IllegalArgumentException when the id is not positive or the name is blank
	 */
	public TokenFilter {
		if (createdById != null && createdById < 1) {
			throw new IllegalArgumentException("createdById must be a positive user id, was " + createdById
					+ ": use TokenFilter.all() for every token");
		}
		if (createdByUsername != null && createdByUsername.isBlank()) {
			throw new IllegalArgumentException("createdByUsername must not be blank: use TokenFilter.all() for every token");
		}
	}

	/**
	 * Every token of the workspace.
	 * @return a filter that keeps all tokens
	 */
	public static TokenFilter all() {
		return ALL;
	}

	/**
	 * The tokens created by one user, by id ({@code created_by_id}).
	 * @param userId the user's id, e.g. from {@link TokenInfo#createdById()}
	 * @return the filter
	 */
	public static TokenFilter createdById(long userId) {
		return new TokenFilter(userId, null);
	}

	/**
	 * The tokens created by one user, by name ({@code created_by_username}).
	 * @param userName the user's name, e.g. {@code someone@example.com}
	 * @return the filter
	 */
	public static TokenFilter createdByUsername(String userName) {
		if (userName == null) {
			throw new IllegalArgumentException("userName must not be null: use TokenFilter.all() for every token");
		}
		return new TokenFilter(null, userName);
	}

}
