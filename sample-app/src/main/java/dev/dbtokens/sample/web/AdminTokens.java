package dev.dbtokens.sample.web;

import java.time.Duration;
import java.util.Collection;

import dev.dbtokens.client.PublicTokenInfo;
import dev.dbtokens.client.TokensClient;
import dev.dbtokens.client.lifecycle.RevocationReport;
import dev.dbtokens.client.lifecycle.TokenLifecycle;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * Where the admin page reads and revokes tokens: the only class it asks. Today that is the
 * Token API as the application's own principal ({@link TokensClient} and {@link TokenLifecycle}),
 * so "all tokens" are the tokens of that principal, which hold every token the portal created.
 * With the Token Management API (every token of the workspace), only this class changes.
 */
@Component
class AdminTokens {

	/** What "all tokens" covers, as the admin page says it. */
	static final String SCOPE = "every token of the principal this application authenticates as "
			+ "(the portal's tokens and the application's own)";

	private final TokensClient client;

	private final TokenLifecycle lifecycle;

	AdminTokens(TokensClient client, TokenLifecycle lifecycle) {
		this.client = client;
		this.lifecycle = lifecycle;
	}

	/**
	 * Lists every token the admin can see.
	 */
	Flux<PublicTokenInfo> all() {
		return this.client.list();
	}

	/**
	 * Lists the tokens that expire within a window from now, expired ones still listed included.
	 */
	Flux<PublicTokenInfo> expiringWithin(Duration window) {
		return this.lifecycle.expiresWithin(window);
	}

	/**
	 * Revokes tokens; the report says what happened to each.
	 */
	Mono<RevocationReport> revoke(Collection<String> tokenIds) {
		return this.lifecycle.revoke(tokenIds);
	}

}
