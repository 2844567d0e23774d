package dev.dbtokens.client.internal.auth;

import java.util.List;

import dev.dbtokens.client.DatabricksCredentialsProvider;
import dev.dbtokens.client.DatabricksHost;
import dev.dbtokens.client.internal.http.FixedAuthorization;
import dev.dbtokens.client.internal.wire.KnownSecrets;
import reactor.core.publisher.Mono;

/**
 * A fixed personal access token. The header is built once; {@link #toString()} hides it, and
 * {@link KnownSecrets} masks the value wherever a server echoes it.
 */
public final class PersonalAccessToken implements DatabricksCredentialsProvider, FixedAuthorization {

	private final String header;

	public PersonalAccessToken(String token) {
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
		KnownSecrets.register(this, List.of(token.strip()));
	}

	@Override
	public String header() {
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
