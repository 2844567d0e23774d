package dev.dbtokens.sample;

import java.time.Duration;

import dev.dbtokens.client.CreateTokenResponse;
import dev.dbtokens.client.PublicTokenInfo;
import dev.dbtokens.client.TokensClient;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * The application's own service: everything it does with tokens goes through the injected
 * {@link TokensClient}.
 */
@Service
public class TokenService {

	private final TokensClient tokens;

	/**
	 * Creates the service.
	 * @param tokens the client the starter configured
	 */
	public TokenService(TokensClient tokens) {
		this.tokens = tokens;
	}

	/**
	 * Creates a token for the calling principal.
	 * @param comment free text that tags the token, or {@code null}
	 * @param lifetime how long it is valid, or {@code null} for the workspace's maximum
	 * @return the created token, with its value (shown only once)
	 */
	public Mono<CreateTokenResponse> create(@Nullable String comment, @Nullable Duration lifetime) {
		return this.tokens.create(comment, lifetime);
	}

	/**
	 * Lists the calling principal's valid tokens.
	 * @return the tokens, without values
	 */
	public Flux<PublicTokenInfo> list() {
		return this.tokens.list();
	}

	/**
	 * Revokes a token.
	 * @param tokenId the token's id
	 * @return completes once the token is revoked
	 */
	public Mono<Void> revoke(String tokenId) {
		return this.tokens.delete(tokenId);
	}

}
