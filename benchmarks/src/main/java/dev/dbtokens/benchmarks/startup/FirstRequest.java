package dev.dbtokens.benchmarks.startup;

import java.time.Duration;

import dev.dbtokens.client.RetrySettings;
import dev.dbtokens.client.TokensClient;
import reactor.core.publisher.Mono;

import org.springframework.context.ApplicationContext;

/**
 * Times the first request of the starter's client, to a port that refuses at once: what the client
 * makes at its first request (the {@code WebClient}, the pool, Reactor Netty) rather than at
 * start-up. Loaded only when the starter is on the class path.
 */
final class FirstRequest {

	private FirstRequest() {
	}

	static double millis(ApplicationContext context) {
		TokensClient client = context.getBean(TokensClient.class).withRetry(RetrySettings.noRetries());
		long start = System.nanoTime();
		client.list().collectList().onErrorResume((ex) -> Mono.empty()).block(Duration.ofSeconds(30));
		return (System.nanoTime() - start) / 1e6;
	}

}
