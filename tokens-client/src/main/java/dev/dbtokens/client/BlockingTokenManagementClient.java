package dev.dbtokens.client;

import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Blocking view of a {@link TokenManagementClient}. Each method waits for the answer and throws the
 * same {@link dev.dbtokens.client.error.DatabricksApiException} subclasses, unwrapped. Never call it
 * from a reactive (event-loop) thread.
 */
public interface BlockingTokenManagementClient {

	/**
	 * Lists every token of the workspace.
	 * @return every token, possibly none, as an unmodifiable list
	 * @see TokenManagementClient#list()
	 */
	List<TokenInfo> list();

	/**
	 * Lists the tokens a filter keeps.
	 * @param filter which tokens
	 * @return the tokens, possibly none, as an unmodifiable list
	 * @see TokenManagementClient#list(TokenFilter)
	 */
	List<TokenInfo> list(TokenFilter filter);

	/**
	 * Gets one token.
	 * @param tokenId the id of the token
	 * @return the token
	 * @see TokenManagementClient#get(String)
	 */
	TokenInfo get(String tokenId);

	/**
	 * Changes the comment and/or the scopes of a token.
	 * @param tokenId the id of the token
	 * @param comment the new comment, or {@code null} to leave it unchanged
	 * @param scopes the new scopes, or {@code null} to leave them unchanged
	 * @return the token after the change
	 * @see TokenManagementClient#update(String, String, List)
	 */
	TokenInfo update(String tokenId, @Nullable String comment, @Nullable List<String> scopes);

	/**
	 * Revokes a token.
	 * @param tokenId the id of the token
	 * @see TokenManagementClient#delete(String)
	 */
	void delete(String tokenId);

	/**
	 * Creates a token on behalf of a service principal.
	 * @param request the service principal, comment, lifetime and scopes
	 * @return the token value and its information
	 * @see TokenManagementClient#createOnBehalfOf(OnBehalfOfRequest)
	 */
	OnBehalfOfToken createOnBehalfOf(OnBehalfOfRequest request);

	/**
	 * Creates a token on behalf of a service principal.
	 * @param applicationId the application id of the service principal
	 * @param comment free text that tags the token, or {@code null}
	 * @param lifetime how long the token is valid, or {@code null}
	 * @param scopes the token's scopes, or {@code null}
	 * @return the token value and its information
	 * @see TokenManagementClient#createOnBehalfOf(String, String, Duration, List)
	 */
	OnBehalfOfToken createOnBehalfOf(String applicationId, @Nullable String comment, @Nullable Duration lifetime,
			@Nullable List<String> scopes);

	/**
	 * Reads who may create and use tokens.
	 * @return the permissions
	 * @see TokenManagementClient#permissions()
	 */
	TokenPermissions permissions();

	/**
	 * Replaces the direct grants on all tokens.
	 * @param acl the grants to have
	 * @return the permissions after the change
	 * @see TokenManagementClient#setPermissions(List)
	 */
	TokenPermissions setPermissions(List<TokenAccessControl> acl);

	/**
	 * Adds grants on all tokens.
	 * @param acl the grants to add
	 * @return the permissions after the change
	 * @see TokenManagementClient#updatePermissions(List)
	 */
	TokenPermissions updatePermissions(List<TokenAccessControl> acl);

	/**
	 * Lists the permission levels.
	 * @return the levels
	 * @see TokenManagementClient#permissionLevels()
	 */
	List<PermissionLevel> permissionLevels();

	/**
	 * Reads the workspace's token settings.
	 * @return the settings
	 * @see TokenManagementClient#settings()
	 */
	TokenSettings settings();

	/**
	 * Changes the workspace's token settings.
	 * @param settings the values to change
	 * @see TokenManagementClient#updateSettings(TokenSettings)
	 */
	void updateSettings(TokenSettings settings);

}
