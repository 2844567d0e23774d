package dev.dbtokens.benchmarks;

import java.time.Duration;

import dev.dbtokens.client.BlockingTokensClient;
import dev.dbtokens.client.TokensClient;
import reactor.core.publisher.Mono;

import org.springframework.web.reactive.function.client.WebClient;

/**
 * Our {@link TokensClient}, built as the auto-configuration builds it: the same connector
 * settings as the raw WebClient contender, a personal access token.
 */
final class TokensClientContender implements Contender.Reactive {

	private final TokensClient client;

	TokensClientContender(String baseUrl, boolean forBlocking) {
		this.client = TokensClient.builder()
			.host(baseUrl)
			.token(FixedAnswerServer.TOKEN_VALUE)
			.webClientBuilder(WebClient.builder().clientConnector(Connectors.connector(forBlocking ? "blocking" : "tokens-client")))
			.build();
	}

	@Override
	public String name() {
		return "tokens-client";
	}

	@Override
	public Mono<Integer> call(Op op) {
		return switch (op) {
			case LIST_10, LIST_500 -> this.client.list().collectList().map(java.util.List::size);
			case CREATE -> this.client.create("benchmark", Duration.ofSeconds(Op.LIFETIME_SECONDS)).map((created) -> 1);
			case DELETE -> this.client.delete(Op.TOKEN_ID).thenReturn(0);
		};
	}

	/** The same client through {@link TokensClient#blocking()}. */
	Contender.Blocking blocking() {
		BlockingTokensClient blocking = this.client.blocking();
		return new Contender.Blocking() {

			@Override
			public String name() {
				return "blocking-tokens-client";
			}

			@Override
			public int call(Op op) {
				return switch (op) {
					case LIST_10, LIST_500 -> blocking.list().size();
					case CREATE -> (blocking.create("benchmark", Duration.ofSeconds(Op.LIFETIME_SECONDS)) != null) ? 1 : 0;
					case DELETE -> {
						blocking.delete(Op.TOKEN_ID);
						yield 0;
					}
				};
			}

		};
	}

}
