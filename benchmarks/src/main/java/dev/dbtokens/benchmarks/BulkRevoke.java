package dev.dbtokens.benchmarks;

import java.time.Duration;
import java.util.List;

import dev.dbtokens.client.PublicTokenInfo;
import dev.dbtokens.client.TokensClient;
import dev.dbtokens.test.DatabricksEmulator;
import reactor.core.publisher.Flux;

import org.springframework.web.reactive.function.client.WebClient;

/**
 * Stand-in for the lifecycle issue's bulk revoke, which does not exist yet: 10,000 tokens created
 * on the emulator, listed, then revoked by 10,000 {@code delete} calls through
 * {@link TokensClient}, 64 at a time. Prints {@code BULK <create ms> <list ms> <delete ms> <left> <listed>}.
 *
 * <p>A list of 10,000 tokens is about 1.3 MB: past WebClient's default 256 KB in-memory limit,
 * which {@code token/list} hits from about 1,900 tokens (with our short comments), so this client
 * raises it.
 */
public final class BulkRevoke {

	static final int TOKENS = 10_000;

	static final int CONCURRENCY = 64;

	private BulkRevoke() {
	}

	public static void main(String[] args) {
		try (DatabricksEmulator emulator = DatabricksEmulator.builder().tokenQuota(TOKENS + 1).withDefaultPrincipal().start()) {
			TokensClient client = TokensClient.builder()
				.host(emulator.baseUrl())
				.token(emulator.defaultToken())
				.webClientBuilder(WebClient.builder()
					.clientConnector(Connectors.connector("bulk"))
					.codecs((codecs) -> codecs.defaultCodecs().maxInMemorySize(16 * 1024 * 1024)))
				.build();
			long start = System.nanoTime();
			Flux.range(0, TOKENS)
				.flatMap((i) -> client.create("bulk " + i, Duration.ofHours(1)), CONCURRENCY)
				.blockLast();
			long created = System.nanoTime();
			List<PublicTokenInfo> tokens = client.list().filter((info) -> info.comment() != null && info.comment().startsWith("bulk "))
				.collectList()
				.block();
			long listed = System.nanoTime();
			Flux.fromIterable(tokens).flatMap((info) -> client.delete(info.tokenId()), CONCURRENCY).blockLast();
			long deleted = System.nanoTime();
			long left = client.list().filter((info) -> info.comment() != null && info.comment().startsWith("bulk ")).count().block();
			System.out.println("BULK " + ms(created - start) + " " + ms(listed - created) + " " + ms(deleted - listed) + " " + left
					+ " " + tokens.size());
		}
		System.exit(0);
	}

	private static long ms(long nanos) {
		return nanos / 1_000_000;
	}

}
