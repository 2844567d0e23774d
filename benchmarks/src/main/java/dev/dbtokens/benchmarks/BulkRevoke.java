package dev.dbtokens.benchmarks;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

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

	/**
	 * Writes the report's section for the {@code BULK} lines of the runs; {@code mark} records each
	 * row's verdict.
	 */
	static void report(List<String> runs, Consumer<String> line, BiConsumer<Boolean, String> mark) {
		line.accept("### Bulk revoke: `TokenLifecycle.revoke(ids)` on the emulator");
		line.accept("");
		line.accept(String.format(Locale.ROOT, "Emulator in the client's JVM (a fresh JVM per row). %,d tokens created through TokensClient, ",
				TOKENS)
				+ CREATE_CONCURRENCY + " at a time, listed once, then revoked by "
				+ "`TokenLifecycle.of(client).withConcurrency(n).revoke(ids)`; the report's counts, then a list of what is left.");
		line.accept("");
		line.accept("| concurrency | tokens | create, ms | list, ms (listed) | revoke, ms | revocations/s | revoked | already gone | failed | left |");
		line.accept("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
		for (String entry : runs) {
			String[] f = entry.trim().split(" ");
			long tokens = Long.parseLong(f[2]);
			long revokeMs = Long.parseLong(f[6]);
			line.accept(String.format(Locale.ROOT, "| %s | %,d | %,d | %,d (%,d) | **%,d** | %s | %,d | %s | %s | %s |", f[1], tokens,
					Long.parseLong(f[3]), Long.parseLong(f[4]), Long.parseLong(f[5]), revokeMs,
					String.format(Locale.ROOT, "%,.0f", tokens * 1000.0 / Math.max(1, revokeMs)), Long.parseLong(f[7]), f[8], f[9], f[10]));
			mark.accept(Long.parseLong(f[7]) == tokens && "0".equals(f[9]) && "0".equals(f[10]), String.format(Locale.ROOT,
					"Bulk revoke of %,d tokens at concurrency %s: %s revoked, %s failed, %s left, in %,d ms", tokens, f[1], f[7],
					f[9], f[10], revokeMs));
		}
		line.accept("");
	}

}
