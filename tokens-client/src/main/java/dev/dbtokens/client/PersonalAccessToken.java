package dev.dbtokens.client;

import reactor.core.publisher.Mono;

/**
 * A fixed personal access token. The header is built once; {@link #toString()} hides it.
 */
final class PersonalAccessToken implements DatabricksCredentialsProvider {

	private final String header;

	PersonalAccessToken(String token) {
		if (token == null || token.isBlank()) {
			throw new IllegalArgumentException("token must not be blank: give a Databricks personal access token");
		}
		if (token.strip().chars().anyMatch(Character::isWhitespace)) {
			throw new IllegalArgumentException("token must not contain white space: check that only the token was copied");
		}
		if (DatabricksHost.looksLikeUrl(token.strip())) {
			throw new IllegalArgumentException("token is a URL, not a token: check that the host and the token are not swapped");
		}
		this.header = "Bearer " + token.strip();
	}

	String header() {
		return this.header;
	}

	@Override
	public Mono<String> authorizationHeader() {
		return Mono.just(this.header); // made here: a Mono made at start-up would load Reactor then
	}

	@Override
	public String authType() {
		return "pat";
	}

	@Override
	public String toString() {
		return "PersonalAccessToken[<redacted>]";
	}

}
