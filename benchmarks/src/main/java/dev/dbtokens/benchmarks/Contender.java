package dev.dbtokens.benchmarks;

import reactor.core.publisher.Mono;

/**
 * One way of calling the Token API, bound to one server. A call yields the number of items it
 * received (tokens listed, 1 for a create, 0 for a delete), so that nothing is skipped.
 */
sealed interface Contender extends AutoCloseable permits Contender.Reactive, Contender.Blocking {

	String name();

	@Override
	default void close() {
	}

	/** A client that answers with a publisher and never blocks. */
	non-sealed interface Reactive extends Contender {

		Mono<Integer> call(Op op);

	}

	/** A client that blocks the calling thread until the answer is there. */
	non-sealed interface Blocking extends Contender {

		int call(Op op);

	}

	/** The names {@link #create} knows, in table order; the first is the floor, not a contender. */
	String[] NAMES = { "reactor-netty", "raw-webclient", "tokens-client", "blocking-tokens-client", "sdk", "raw-httpclient5" };

	static Contender create(String name, String baseUrl) {
		return switch (name) {
			case "reactor-netty" -> new ReactorNettyContender(baseUrl);
			case "raw-webclient" -> new RawWebClientContender(baseUrl);
			case "tokens-client" -> new TokensClientContender(baseUrl, false);
			case "blocking-tokens-client" -> new TokensClientContender(baseUrl, true).blocking();
			case "sdk" -> new SdkContender(baseUrl);
			case "raw-httpclient5" -> new RawHttpClient5Contender(baseUrl);
			default -> throw new IllegalArgumentException("unknown contender " + name);
		};
	}

}
