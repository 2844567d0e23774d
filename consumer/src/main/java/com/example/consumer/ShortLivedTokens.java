package com.example.consumer;

import java.time.Duration;
import java.util.List;

import dev.dbtokens.client.PublicTokenInfo;
import dev.dbtokens.client.TokensClient;

import org.springframework.stereotype.Service;

/** Hands out one-hour tokens and lists them: what a user writes on the injected {@link TokensClient}. */
@Service
public class ShortLivedTokens {

	private final TokensClient tokens;

	public ShortLivedTokens(TokensClient tokens) {
		this.tokens = tokens;
	}

	/** Creates a token valid for one hour and returns its id. */
	public String createForOneHour(String comment) {
		return tokens.blocking().create(comment, Duration.ofHours(1)).tokenInfo().tokenId();
	}

	/** The comments of the caller's tokens. */
	public List<String> comments() {
		return tokens.blocking().list().stream().map(PublicTokenInfo::comment).toList();
	}

	public void revoke(String tokenId) {
		tokens.blocking().delete(tokenId);
	}
}
