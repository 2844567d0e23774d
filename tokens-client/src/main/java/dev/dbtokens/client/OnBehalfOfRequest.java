package dev.dbtokens.client;

import java.time.Duration;
import java.util.List;

import dev.dbtokens.client.internal.wire.Arguments;
import org.jspecify.annotations.Nullable;

/**
 * What to create with {@link TokenManagementClient#createOnBehalfOf(OnBehalfOfRequest)}: a token
 * that authenticates as a service principal, e.g. a short-lived token for one CI job.
 *
 * @param applicationId the application id of the service principal (a UUID), required
 * @param comment free text that tags the token, or {@code null}; give each create a unique one,
 * so that a token whose creation outcome is unknown can be found
 * @param lifetime how long the token is valid: a whole number of seconds, at least one;
 * {@code null} gives the workspace's maximum lifetime
 * @param scopes scopes of the token, on workspaces that support them, or {@code null}
 */
public record OnBehalfOfRequest(String applicationId, @Nullable String comment, @Nullable Duration lifetime,
		@Nullable List<String> scopes) {

	/**
	 * Checks the application id and the lifetime, and copies the scopes.
	 * @throws IllegalArgumentException when the application id is blank, the lifetime is not a
	 * positive whole number of seconds or a scope is blank
	 */
	public OnBehalfOfRequest {
		if (applicationId == null || applicationId.isBlank()) {
			throw new IllegalArgumentException(
					"applicationId must not be null or blank: give the application id (a UUID) of the service principal");
		}
		Arguments.lifetime(lifetime);
		scopes = Arguments.scopes(scopes);
	}

	/**
	 * Creates a request with a comment and a lifetime and no scopes.
	 * @param applicationId the application id of the service principal
	 * @param comment free text that tags the token, or {@code null}
	 * @param lifetime how long the token is valid, or {@code null}
	 * @return the request
	 */
	public static OnBehalfOfRequest of(String applicationId, @Nullable String comment, @Nullable Duration lifetime) {
		return new OnBehalfOfRequest(applicationId, comment, lifetime, null);
	}

}
