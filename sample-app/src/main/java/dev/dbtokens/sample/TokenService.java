package dev.dbtokens.sample;

import java.time.Duration;
import java.util.List;

import dev.dbtokens.client.CreateTokenResponse;
import dev.dbtokens.client.PublicTokenInfo;
import dev.dbtokens.client.TokensClient;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * The application's own service: everything it does with tokens goes through the injected
 * {@link TokensClient}.
 */
@Service
public class TokenService {

	private final TokensClient tokens;

	public TokenService(TokensClient tokens) {
		this.tokens = tokens;
	}

	public Mono<CreateTokenResponse> create(String comment, Duration lifetime) {
		return this.tokens.create(comment, lifetime);
	}

	public Mono<List<PublicTokenInfo>> list() {
		return this.tokens.list().collectList();
	}

	public Mono<Void> revoke(String tokenId) {
		return this.tokens.delete(tokenId);
	}

}
