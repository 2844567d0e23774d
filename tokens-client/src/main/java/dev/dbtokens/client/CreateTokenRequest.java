package dev.dbtokens.client;

import java.time.Duration;
import java.util.List;

import dev.dbtokens.client.internal.wire.Arguments;
import org.jspecify.annotations.Nullable;

/**
 * What to create with {@link TokensClient#create(CreateTokenRequest)}. Every component may be
 * {@code null}; a {@code null} component is not sent.
 *
 * @param comment free text that tags the token, e.g. {@code "nightly-job"}
 * @param lifetime how long the token is valid: a whole number of seconds, at least one; {@code null}
 * gives the workspace's maximum lifetime
 * @param scopes scopes of the token, on workspaces that support them
 */
public record CreateTokenRequest(@Nullable String comment, @Nullable Duration lifetime, @Nullable List<String> scopes) {

	/**
	 * Checks the lifetime and copies the scopes.
	 * @throws IllegalArgumentException when the lifetime is not a positive whole number of seconds
	 * or a scope is blank
	 */
	public CreateTokenRequest {
		Arguments.lifetime(lifetime);
		scopes = Arguments.scopes(scopes);
	}

	/**
	 * Creates a request with a comment and a lifetime and no scopes.
	 * @param comment free text that tags the token, or {@code null}
	 * @param lifetime how long the token is valid, or {@code null}
	 * @return the request
	 */
	public static CreateTokenRequest of(@Nullable String comment, @Nullable Duration lifetime) {
		return new CreateTokenRequest(comment, lifetime, null);
	}

}
