package dev.dbtokens.client.lifecycle;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Objects;
import java.util.function.Predicate;

import dev.dbtokens.client.InvalidSettingException;
import dev.dbtokens.client.PublicTokenInfo;
import dev.dbtokens.client.TokensClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Lifecycle work on the tokens of one workspace, on top of any {@link TokensClient} (the
 * auto-configured one, a named workspace's, or one you built): find tokens by comment or by
 * expiry, and revoke many at once with a {@link RevocationReport}.
 *
 * <pre class="code">
 * TokenLifecycle lifecycle = TokenLifecycle.of(tokensClient);
 * lifecycle.findByCommentPrefix("sdk-").map(PublicTokenInfo::tokenId)...
 * RevocationReport report = lifecycle.revokeExpired().block();
 * </pre>
 *
 * Finds read {@link TokensClient#list()} once per subscription (the API is not paginated) and
 * filter on the client side. Instances are immutable and thread-safe.
 */
public final class TokenLifecycle {

	/** How many revocations run at once unless {@link #withConcurrency(int)} says otherwise. */
	public static final int DEFAULT_CONCURRENCY = 8;

	private final TokensClient client;

	private final Clock clock;

	private final int concurrency;

	private TokenLifecycle(TokensClient client, Clock clock, int concurrency) {
		this.client = client;
		this.clock = clock;
		this.concurrency = concurrency;
	}

	/**
	 * Creates a lifecycle on a client, with the system clock in UTC and a concurrency of
	 * {@value #DEFAULT_CONCURRENCY}.
	 * @param client the client of the workspace
	 * @return a new lifecycle
	 */
	public static TokenLifecycle of(TokensClient client) {
		if (client == null) {
			throw new IllegalArgumentException("client must not be null");
		}
		return new TokenLifecycle(client, Clock.systemUTC(), DEFAULT_CONCURRENCY);
	}

	/**
	 * Returns a lifecycle that reads the time from another clock (for expiry checks).
	 * @param clock the clock, e.g. one a test moves by hand
	 * @return a new lifecycle; this one is unchanged
	 */
	public TokenLifecycle withClock(Clock clock) {
		if (clock == null) {
			throw new IllegalArgumentException("clock must not be null");
		}
		return new TokenLifecycle(this.client, clock, this.concurrency);
	}

	/**
	 * Returns a lifecycle that runs up to {@code concurrency} revocations at once. Keep it within
	 * the client's connection pool (for the auto-configured client, {@code databricks.http.max-connections},
	 * 50 by default): more would only wait for a connection.
	 * @param concurrency how many revocations may be in flight, at least 1
	 * @return a new lifecycle; this one is unchanged
	 */
	public TokenLifecycle withConcurrency(int concurrency) {
		if (concurrency < 1) {
			throw new InvalidSettingException("concurrency", "must be at least 1, was " + concurrency);
		}
		return new TokenLifecycle(this.client, this.clock, concurrency);
	}

	/**
	 * Returns the client this lifecycle works with.
	 * @return the client
	 */
	public TokensClient client() {
		return this.client;
	}

	/**
	 * Returns the clock expiry is checked against.
	 * @return the clock
	 */
	public Clock clock() {
		return this.clock;
	}

	/**
	 * Returns how many revocations run at once.
	 * @return the concurrency, at least 1
	 */
	public int concurrency() {
		return this.concurrency;
	}

	/**
	 * Finds the tokens that match a predicate.
	 * @param predicate which tokens to keep
	 * @return the matching tokens, in the order {@code list} gives them
	 */
	public Flux<PublicTokenInfo> find(Predicate<PublicTokenInfo> predicate) {
		if (predicate == null) {
			throw new IllegalArgumentException("predicate must not be null");
		}
		return this.client.list().filter(predicate);
	}

	/**
	 * Finds the tokens whose comment is exactly the given text (case-sensitive).
	 * @param comment the comment the tokens were created with
	 * @return the matching tokens
	 */
	public Flux<PublicTokenInfo> findByComment(String comment) {
		if (comment == null) {
			throw new IllegalArgumentException("comment must not be null");
		}
		return find((info) -> comment.equals(info.comment()));
	}

	/**
	 * Finds the tokens whose comment starts with the given text (case-sensitive), e.g. every
	 * {@code sdk-<time>} token with the prefix {@code "sdk-"}.
	 * @param prefix the start of the comment, not empty
	 * @return the matching tokens; tokens without a comment never match
	 */
	public Flux<PublicTokenInfo> findByCommentPrefix(String prefix) {
		if (prefix == null || prefix.isEmpty()) {
			throw new IllegalArgumentException("prefix must not be null or empty: use find(info -> true) for every token");
		}
		return find((info) -> info.comment() != null && info.comment().startsWith(prefix));
	}

	/**
	 * Finds the tokens that expire within a window from now, already expired ones included (when
	 * the workspace still lists them); tokens that never expire are not found.
	 * @param window how far ahead to look, zero or more; zero finds the expired tokens
	 * @return the matching tokens
	 */
	public Flux<PublicTokenInfo> expiresWithin(Duration window) {
		if (window == null || window.isNegative()) {
			throw new IllegalArgumentException("window must be zero or positive, was " + window);
		}
		return Flux.defer(() -> {
			Instant limit = this.clock.instant().plus(window);
			return find((info) -> info.isExpiredAt(limit));
		});
	}

	/**
	 * Revokes tokens, up to the concurrency at once. Each id is tried once, duplicates once in
	 * all; a failure is recorded in the report and the other ids go on.
	 * @param tokenIds the ids to revoke
	 * @return the report; it completes once every id has an outcome and never fails
	 */
	public Mono<RevocationReport> revoke(Collection<String> tokenIds) {
		if (tokenIds == null || tokenIds.stream().anyMatch(Objects::isNull)) {
			throw new IllegalArgumentException("tokenIds must not be null or contain null");
		}
		return revokeAll(Flux.fromIterable(tokenIds));
	}

	/**
	 * Revokes the ids a publisher gives, up to the concurrency at once, as they come.
	 * @param tokenIds the ids to revoke
	 * @return the report; it fails only when {@code tokenIds} itself fails
	 */
	public Mono<RevocationReport> revokeAll(Flux<String> tokenIds) {
		if (tokenIds == null) {
			throw new IllegalArgumentException("tokenIds must not be null");
		}
		return Revocations.revoke(this.client, tokenIds, this.concurrency);
	}

	/**
	 * Revokes the tokens that match a predicate.
	 * @param predicate which tokens to revoke
	 * @return the report; it fails when the tokens cannot be listed
	 */
	public Mono<RevocationReport> revokeIf(Predicate<PublicTokenInfo> predicate) {
		return revokeAll(find(predicate).map(PublicTokenInfo::tokenId));
	}

	/**
	 * Revokes the tokens that have expired by the clock but are still listed. Databricks rejects
	 * an expired token by itself; this cleans it out of the list.
	 * @return the report; it fails when the tokens cannot be listed
	 */
	public Mono<RevocationReport> revokeExpired() {
		return revokeAll(expiresWithin(Duration.ZERO).map(PublicTokenInfo::tokenId));
	}

	@Override
	public String toString() {
		return "TokenLifecycle[concurrency=" + this.concurrency + ", clock=" + this.clock + "]";
	}

}
