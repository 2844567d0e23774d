package dev.dbtokens.benchmarks;

import java.time.Duration;
import java.util.List;

import dev.dbtokens.client.TokensClient;
import dev.dbtokens.client.lifecycle.RevocationReport;
import dev.dbtokens.client.lifecycle.TokenLifecycle;
import dev.dbtokens.test.DatabricksEmulator;
import reactor.core.publisher.Flux;

import org.springframework.web.reactive.function.client.WebClient;

/**
 * The lifecycle bulk revoke on the emulator (in this JVM): 10,000 tokens created through
 * {@link TokensClient} ({@value #CREATE_CONCURRENCY} at a time), listed once (a list answer of
 * about 1.3 MB, within the client's own 16 MiB limit), then revoked by
 * {@code TokenLifecycle.of(client).withConcurrency(n).revoke(ids)}, and listed again. The
 * concurrency is the only argument (default {@value TokenLifecycle#DEFAULT_CONCURRENCY}); the
 * profile runs each in a fresh JVM. Prints
 * {@code BULK <concurrency> <tokens> <create ms> <list ms> <listed> <revoke ms> <revoked> <already gone> <failed> <left>}.
 */
public final class BulkRevoke {

	static final int TOKENS = 10_000;

	static final int CREATE_CONCURRENCY = 64;

	private static final String PREFIX = "bulk ";

	private BulkRevoke() {
	}

	public static void main(String[] args) {
		int concurrency = (args.length > 0) ? Integer.parseInt(args[0]) : TokenLifecycle.DEFAULT_CONCURRENCY;
		try (DatabricksEmulator emulator = DatabricksEmulator.builder().tokenQuota(TOKENS + 1).withDefaultPrincipal().start()) {
			TokensClient client = TokensClient.builder()
				.host(emulator.baseUrl())
				.token(emulator.defaultToken())
				.webClientBuilder(WebClient.builder().clientConnector(Connectors.connector("bulk")))
				.build();
			TokenLifecycle lifecycle = TokenLifecycle.of(client).withConcurrency(concurrency);
			long start = System.nanoTime();
			List<String> ids = Flux.range(0, TOKENS)
				.flatMap((i) -> client.create(PREFIX + i, Duration.ofHours(1)), CREATE_CONCURRENCY)
				.map((created) -> created.tokenInfo().tokenId())
				.collectList()
				.block();
			long created = System.nanoTime();
			long listed = lifecycle.findByCommentPrefix(PREFIX).count().block();
			long afterList = System.nanoTime();
			RevocationReport report = lifecycle.revoke(ids).block();
			long revoked = System.nanoTime();
			long left = lifecycle.findByCommentPrefix(PREFIX).count().block();
			System.out.println(String.join(" ", "BULK", str(concurrency), str(ids.size()), str(ms(created - start)),
					str(ms(afterList - created)), str(listed), str(ms(revoked - afterList)), str(report.revoked().size()),
					str(report.alreadyGone().size()), str(report.failed().size()), str(left)));
			report.failed().entrySet().stream().limit(3).forEach((failure) -> System.err.println(
					"bulk revoke: " + failure.getKey() + " failed: " + failure.getValue()));
		}
		System.exit(0);
	}

	private static String str(long value) {
		return Long.toString(value);
	}

	private static long ms(long nanos) {
		return nanos / 1_000_000;
	}

}
