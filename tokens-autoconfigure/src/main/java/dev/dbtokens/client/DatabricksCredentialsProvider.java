package dev.dbtokens.client;

import reactor.core.publisher.Mono;

/**
 * Supplies the {@code Authorization} header of each request, e.g. from a personal access token, an
 * OAuth flow or a vault. Implementations must never log or print the header.
 */
@FunctionalInterface
public interface DatabricksCredentialsProvider {

	/**
	 * Returns the value of the {@code Authorization} header for the next request.
	 * @return the header value, e.g. {@code Bearer dapi…}; may be cached by the implementation
	 */
	Mono<String> authorizationHeader();

	/**
	 * Names the kind of authentication, for the {@code User-Agent} and diagnostics.
	 * @return e.g. {@code pat}; {@code custom} by default
	 */
	default String authType() {
		return "custom";
	}

	/**
	 * Authenticates with a personal access token.
	 * @param token the token value, e.g. {@code dapi…}
	 * @return a provider that sends {@code Bearer <token>}
	 * @throws IllegalArgumentException when the token is blank or contains white space
	 */
	static DatabricksCredentialsProvider personalAccessToken(String token) {
		return new PersonalAccessToken(token);
	}

}
