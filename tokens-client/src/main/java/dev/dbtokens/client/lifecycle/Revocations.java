package dev.dbtokens.client.lifecycle;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import dev.dbtokens.client.TokensClient;
import dev.dbtokens.client.error.NotFoundException;
import dev.dbtokens.client.error.ResourceDoesNotExistException;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Revokes ids with bounded concurrency and collects every outcome into a
 * {@link RevocationReport}: each id's failure is caught on its own, so the others go on.
 */
final class Revocations {

	private Revocations() {
	}

	static Mono<RevocationReport> revoke(TokensClient client, Flux<String> tokenIds, int concurrency) {
		return revoke(client::delete, tokenIds, concurrency);
	}

	/**
	 * Revokes with any delete call, e.g. the Token Management API's. The service saying "no such
	 * token" ({@code RESOURCE_DOES_NOT_EXIST} or {@code NOT_FOUND}) means already gone; a bare 404
	 * (a wrong host or path) does not.
	 */
	static Mono<RevocationReport> revoke(Function<String, Mono<Void>> delete, Flux<String> tokenIds, int concurrency) {
		return tokenIds.distinct()
			.flatMap((tokenId) -> outcome(delete, tokenId), concurrency)
			.collect(Collector::new, Collector::add)
			.map(Collector::report);
	}

	/** Never fails: a failure is an outcome. {@code defer} turns an argument check into one too. */
	private static Mono<Outcome> outcome(Function<String, Mono<Void>> delete, String tokenId) {
		return Mono.defer(() -> delete.apply(tokenId))
			.thenReturn(new Outcome(tokenId, Kind.REVOKED, null))
			.onErrorResume(Revocations::isGone, (ex) -> Mono.just(new Outcome(tokenId, Kind.GONE, null)))
			.onErrorResume(RuntimeException.class, (ex) -> Mono.just(new Outcome(tokenId, Kind.FAILED, ex)));
	}

	private static boolean isGone(Throwable ex) {
		return ex instanceof ResourceDoesNotExistException
				|| (ex instanceof NotFoundException notFound && notFound.errorCode().equals("NOT_FOUND"));
	}

	private enum Kind {

		REVOKED, GONE, FAILED

	}

	private record Outcome(String tokenId, Kind kind, @Nullable RuntimeException error) {
	}

	private static final class Collector {

		private final List<String> revoked = new ArrayList<>();

		private final List<String> gone = new ArrayList<>();

		private final Map<String, RuntimeException> failed = new LinkedHashMap<>();

		void add(Outcome outcome) {
			switch (outcome.kind()) {
				case REVOKED -> this.revoked.add(outcome.tokenId());
				case GONE -> this.gone.add(outcome.tokenId());
				case FAILED -> this.failed.put(outcome.tokenId(), Objects.requireNonNull(outcome.error()));
			}
		}

		RevocationReport report() {
			return new RevocationReport(this.revoked, this.gone, this.failed);
		}

	}

}
