package dev.dbtokens.client;

import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Blocking view of a {@link TokensClient}. Each method waits for the answer and throws the same
 * {@link dev.dbtokens.client.error.DatabricksApiException} subclasses, unwrapped. Never call it
 * from a reactive (event-loop) thread.
 */
public interface BlockingTokensClient {

	/**
	 * Creates a token for the calling user.
	 * @param request what to create
	 * @return the token value and its public information
	 * @see TokensClient#create(CreateTokenRequest)
	 */
	CreateTokenResponse create(CreateTokenRequest request);

	/**
	 * Creates a token with an optional comment and lifetime.
	 * @param comment free text that tags the token, or {@code null}
	 * @param lifetime how long the token is valid, or {@code null} for the workspace's maximum
	 * @return the token value and its public information
	 * @see TokensClient#create(String, Duration)
	 */
	CreateTokenResponse create(@Nullable String comment, @Nullable Duration lifetime);

	/**
	 * Revokes a token.
	 * @param tokenId the id of the token
	 * @see TokensClient#delete(String)
	 */
	void delete(String tokenId);

	/**
	 * Lists the valid tokens of the calling user.
	 * @return every token, possibly none, as an unmodifiable list
	 * @see TokensClient#list()
	 */
	List<PublicTokenInfo> list();

	/**
	 * Changes the comment and/or the scopes of a token.
	 * @param tokenId the id of the token
	 * @param comment the new comment, or {@code null} to leave it unchanged
	 * @param scopes the new scopes, or {@code null} to leave them unchanged
	 * @return the token's public information after the change, read back when the answer is {@code {}}
	 * @see TokensClient#update(String, String, List)
	 */
	PublicTokenInfo update(String tokenId, @Nullable String comment, @Nullable List<String> scopes);

}
