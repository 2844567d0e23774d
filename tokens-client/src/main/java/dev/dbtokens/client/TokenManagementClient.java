package dev.dbtokens.client;

import java.time.Duration;
import java.util.List;

import dev.dbtokens.client.internal.http.DefaultTokenManagementClient;
import dev.dbtokens.client.internal.http.DefaultTokensClient;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Non-blocking client for the Token Management API of one workspace, for workspace admins: every
 * user's tokens, tokens on behalf of service principals, who may use tokens, and the workspace's
 * token settings. Callers who are not admins get
 * {@link dev.dbtokens.client.error.PermissionDeniedException}.
 *
 * <p>It shares the call path of the {@link TokensClient} it is made from ({@link #of(TokensClient)}):
 * the connection, credentials, retries, rate limit, observation and wire log. Every method returns
 * a cold publisher; failures are {@link dev.dbtokens.client.error.DatabricksApiException}
 * subclasses; invalid arguments are rejected at the call with an {@link IllegalArgumentException}
 * naming the argument.
 *
 * <p>In a Spring Boot application the starter provides a bean for each workspace.
 */
public interface TokenManagementClient {

	/**
	 * Lists every token of the workspace (the API is not paginated).
	 * @return every token, possibly none
	 */
	default Flux<TokenInfo> list() {
		return list(TokenFilter.all());
	}

	/**
	 * Lists the tokens of the workspace that a filter keeps; the service filters.
	 * @param filter {@link TokenFilter#all()}, {@link TokenFilter#createdById(long)} or
	 * {@link TokenFilter#createdByUsername(String)}
	 * @return the tokens, possibly none
	 */
	Flux<TokenInfo> list(TokenFilter filter);

	/**
	 * Gets one token of any user.
	 * @param tokenId the id of the token
	 * @return the token; fails with {@link dev.dbtokens.client.error.NotFoundException} (or its
	 * subtype {@link dev.dbtokens.client.error.ResourceDoesNotExistException}) when there is no such token
	 */
	Mono<TokenInfo> get(String tokenId);

	/**
	 * Changes the comment and/or the scopes of any user's token
	 * ({@code PATCH /api/2.0/token-management/tokens/{token_id}}); only the fields given are named
	 * in the {@code update_mask}.
	 * <p>
	 * Returns the token after the change, as the SDKs' models say the service answers. Should the
	 * answer not carry the token (an empty object, as the Token API's own PATCH answers), it is read
	 * back with {@link #get(String)}: a caller always gets the token, and a retry-safe read is the
	 * only extra cost, paid only then.
	 * @param tokenId the id of the token
	 * @param comment the new comment, or {@code null} to leave it unchanged
	 * @param scopes the new scopes (empty clears them), or {@code null} to leave them unchanged
	 * @return the token after the change; fails with
	 * {@link dev.dbtokens.client.error.NotFoundException} when there is no such token
	 * @throws IllegalArgumentException when the id is blank, a scope is blank, or both
	 * {@code comment} and {@code scopes} are {@code null}
	 */
	Mono<TokenInfo> update(String tokenId, @Nullable String comment, @Nullable List<String> scopes);

	/**
	 * Revokes any user's token.
	 * @param tokenId the id of the token
	 * @return completes when the token is revoked; fails with
	 * {@link dev.dbtokens.client.error.NotFoundException} when there is no such token
	 */
	Mono<Void> delete(String tokenId);

	/**
	 * Creates a token that authenticates as a service principal; the caller is its creator, the
	 * service principal its owner. Like {@link TokensClient#create(CreateTokenRequest)}, a request
	 * that may have reached the server is never sent again: when its outcome is unknown the call
	 * fails with {@link dev.dbtokens.client.error.TokenCreationOutcomeUnknownException}, which says
	 * how to find the token (by its comment) and revoke it.
	 * @param request the service principal, comment, lifetime and scopes
	 * @return the token value (shown only once) and its information
	 */
	Mono<OnBehalfOfToken> createOnBehalfOf(OnBehalfOfRequest request);

	/**
	 * Creates a token that authenticates as a service principal.
	 * @param applicationId the application id of the service principal
	 * @param comment free text that tags the token, or {@code null}
	 * @param lifetime how long the token is valid, or {@code null} for the workspace's maximum
	 * @param scopes the token's scopes, or {@code null}
	 * @return the token value (shown only once) and its information
	 * @see #createOnBehalfOf(OnBehalfOfRequest)
	 */
	default Mono<OnBehalfOfToken> createOnBehalfOf(String applicationId, @Nullable String comment, @Nullable Duration lifetime,
			@Nullable List<String> scopes) {
		return createOnBehalfOf(new OnBehalfOfRequest(applicationId, comment, lifetime, scopes));
	}

	/**
	 * Reads who may create and use tokens.
	 * @return the permissions on all tokens of the workspace
	 */
	Mono<TokenPermissions> permissions();

	/**
	 * Replaces the direct grants on all tokens ({@code PUT}); an empty list removes them all.
	 * @param acl the grants to have
	 * @return the permissions after the change
	 */
	Mono<TokenPermissions> setPermissions(List<TokenAccessControl> acl);

	/**
	 * Adds grants on all tokens ({@code PATCH}); existing grants stay.
	 * @param acl the grants to add
	 * @return the permissions after the change
	 */
	Mono<TokenPermissions> updatePermissions(List<TokenAccessControl> acl);

	/**
	 * Lists the permission levels a principal can hold on tokens.
	 * @return the levels with their descriptions, as an unmodifiable list
	 */
	Mono<List<PermissionLevel>> permissionLevels();

	/**
	 * Reads the workspace's token settings ({@code maxTokenLifetimeDays}, {@code enableTokensConfig}).
	 * @return the settings; a component is {@code null} when the workspace has no value for it
	 */
	Mono<TokenSettings> settings();

	/**
	 * Changes the workspace's token settings; {@code null} components are left as they are.
	 * @param settings e.g. {@code TokenSettings.unchanged().withMaxTokenLifetimeDays(90)}
	 * @return completes when the change is made
	 * @throws IllegalArgumentException when the settings change nothing
	 */
	Mono<Void> updateSettings(TokenSettings settings);

	/**
	 * Returns a blocking view of this client, for code that is not reactive.
	 * @return a client whose methods wait for the answer and throw the same exceptions
	 */
	BlockingTokenManagementClient blocking();

	/**
	 * Returns a client that works like this one but retries with other settings; it shares this
	 * client's connections and rate limit.
	 * @param retry the retry settings of the new client
	 * @return a client with these retry settings
	 */
	TokenManagementClient withRetry(RetrySettings retry);

	/**
	 * Returns the retry settings of this client.
	 * @return how this client retries and how long a call may take
	 */
	RetrySettings retrySettings();

	/**
	 * Returns the Token Management client of the workspace a {@link TokensClient} talks to, sharing
	 * its connection, credentials, retry settings, rate limit, observation and wire log.
	 * <pre>{@code
	 * TokenManagementClient management = TokenManagementClient.of(TokensClient.builder().host(host).token(adminToken).build());
	 * }</pre>
	 * @param tokens a client made by {@link TokensClient#builder()} (or the auto-configured one)
	 * @return the management client
	 * @throws IllegalArgumentException when the client was not made by {@link TokensClient#builder()}
	 */
	static TokenManagementClient of(TokensClient tokens) {
		if (!(tokens instanceof DefaultTokensClient client)) {
			throw new IllegalArgumentException("tokens must be a client made by TokensClient.builder(), was "
					+ ((tokens != null) ? tokens.getClass().getName() : "null")
					+ ": build one for the workspace with TokensClient.builder()…build()");
		}
		return new DefaultTokenManagementClient(client.calls());
	}

}
