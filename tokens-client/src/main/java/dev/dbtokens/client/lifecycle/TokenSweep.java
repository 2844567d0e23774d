package dev.dbtokens.client.lifecycle;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import dev.dbtokens.client.TokenFilter;
import dev.dbtokens.client.TokenInfo;
import dev.dbtokens.client.TokenManagementClient;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A compliance sweep over every user's tokens of a workspace, for workspace admins, on a
 * {@link TokenManagementClient}: say which tokens to revoke, look at them with {@link #dryRun()},
 * then {@link #revoke()} them with the same {@link RevocationReport} as {@link TokenLifecycle}.
 *
 * <pre class="code">
 * TokenSweep sweep = TokenSweep.of(management).olderThan(Duration.ofDays(90));
 * List&lt;TokenInfo&gt; wouldGo = sweep.dryRun().block();   // nothing revoked
 * RevocationReport report = sweep.revoke().block();
 * </pre>
 *
 * Criteria narrow the sweep: a token is swept when it meets every criterion given ("older than 90
 * days and unused for 30"); for "either", run two sweeps. A sweep without any criterion refuses to
 * run, so that a forgotten line never revokes every token of the workspace. Each run lists the
 * tokens once (the API is not paginated; {@link #createdBy(String)} lets the service filter) and
 * judges them by the clock at that moment. Instances are immutable and thread-safe.
 */
public final class TokenSweep {

	/**
	 * How long a token may go unused ({@code last_used_day}, or its creation when never used)
	 * before Databricks revokes it.
	 */
	public static final Duration INACTIVITY_REVOCATION = Duration.ofDays(90);

	/** The service keeps {@code last_used_day} to the day: a token used that day may have been used until its end. */
	private static final Duration DAY = Duration.ofDays(1);

	private final TokenManagementClient client;

	private final Clock clock;

	private final int concurrency;

	private final @Nullable String createdBy;

	private final List<Criterion> criteria;

	private TokenSweep(TokenManagementClient client, Clock clock, int concurrency, @Nullable String createdBy,
			List<Criterion> criteria) {
		this.client = client;
		this.clock = clock;
		this.concurrency = concurrency;
		this.createdBy = createdBy;
		this.criteria = List.copyOf(criteria);
	}

	/**
	 * Starts a sweep on a client, with the system clock in UTC, a concurrency of
	 * {@value TokenLifecycle#DEFAULT_CONCURRENCY} and no criterion yet.
	 * @param client the Token Management client of the workspace
	 * @return a new sweep
	 */
	public static TokenSweep of(TokenManagementClient client) {
		if (client == null) {
			throw new IllegalArgumentException("client must not be null");
		}
		return new TokenSweep(client, Clock.systemUTC(), TokenLifecycle.DEFAULT_CONCURRENCY, null, List.of());
	}

	/**
	 * Sweeps tokens created more than an age ago.
	 * @param age the age, positive
	 * @return a new sweep with this criterion added
	 */
	public TokenSweep olderThan(Duration age) {
		positive("age", age);
		return with("created more than " + age + " ago", (token, now) -> token.creationTime() != null
				&& token.creationTime().isBefore(now.minus(age)));
	}

	/**
	 * Sweeps tokens that expire within a window from now (already expired ones included); tokens
	 * that never expire are not swept by this criterion.
	 * @param window how far ahead to look, zero or more
	 * @return a new sweep with this criterion added
	 */
	public TokenSweep expiringWithin(Duration window) {
		if (window == null || window.isNegative()) {
			throw new IllegalArgumentException("window must be zero or positive, was " + window);
		}
		return with("expiring within " + window, (token, now) -> token.isExpiredAt(now.plus(window)));
	}

	/**
	 * Sweeps tokens not used for a period ({@code last_used_day}). The service keeps that day
	 * only, so a token counts as used until the end of its last day. A token never used counts
	 * from its creation: a token created yesterday and not used yet is not swept by
	 * {@code notUsedSince(30 days)}. A token with neither time is never swept by this criterion.
	 * @param period how long without use, positive
	 * @return a new sweep with this criterion added
	 */
	public TokenSweep notUsedSince(Duration period) {
		positive("period", period);
		return with("not used for " + period, (token, now) -> {
			Instant lastSeen = (token.lastUsedDay() != null) ? token.lastUsedDay().plus(DAY) : token.creationTime();
			return lastSeen != null && !lastSeen.isAfter(now.minus(period));
		});
	}

	/**
	 * Sweeps the tokens Databricks will revoke for inactivity within a window: those not used for
	 * {@link #INACTIVITY_REVOCATION} less the window, e.g. to warn their owners or to revoke them
	 * on your own schedule first.
	 * @param window how long before the revocation, positive and shorter than 90 days
	 * @return a new sweep with this criterion added
	 */
	public TokenSweep nearingInactivityRevocation(Duration window) {
		positive("window", window);
		if (window.compareTo(INACTIVITY_REVOCATION) >= 0) {
			throw new IllegalArgumentException("window must be shorter than " + INACTIVITY_REVOCATION.toDays() + " days, was " + window);
		}
		return notUsedSince(INACTIVITY_REVOCATION.minus(window));
	}

	/**
	 * Sweeps the tokens created by one user; the service filters ({@code created_by_username}).
	 * @param userName the creator's user name, e.g. {@code someone@example.com}
	 * @return a new sweep with this criterion added
	 */
	public TokenSweep createdBy(String userName) {
		if (userName == null || userName.isBlank()) {
			throw new IllegalArgumentException("userName must not be null or blank");
		}
		if (this.createdBy != null && !this.createdBy.equals(userName)) {
			throw new IllegalArgumentException("the sweep is already for tokens created by " + this.createdBy
					+ ": a token has one creator; run a sweep per user");
		}
		TokenSweep sweep = with("created by " + userName, (token, now) -> userName.equals(token.createdByUsername()));
		return new TokenSweep(this.client, this.clock, this.concurrency, userName, sweep.criteria);
	}

	/**
	 * Sweeps tokens whose comment matches a pattern anywhere ({@link java.util.regex.Matcher#find()});
	 * tokens without a comment never match.
	 * @param pattern e.g. {@code Pattern.compile("^ci-")}
	 * @return a new sweep with this criterion added
	 */
	public TokenSweep commentMatching(Pattern pattern) {
		if (pattern == null) {
			throw new IllegalArgumentException("pattern must not be null");
		}
		return with("comment matching " + pattern, (token, now) -> token.comment() != null
				&& pattern.matcher(token.comment()).find());
	}

	/**
	 * Sweeps tokens that a predicate of your own keeps.
	 * @param description what the predicate keeps, for {@link #toString()}
	 * @param predicate which tokens to sweep
	 * @return a new sweep with this criterion added
	 */
	public TokenSweep matching(String description, Predicate<TokenInfo> predicate) {
		if (description == null || predicate == null) {
			throw new IllegalArgumentException("description and predicate must not be null");
		}
		return with(description, (token, now) -> predicate.test(token));
	}

	/**
	 * Returns a sweep that reads the time from another clock.
	 * @param clock the clock, e.g. one a test moves by hand
	 * @return a new sweep; this one is unchanged
	 */
	public TokenSweep withClock(Clock clock) {
		if (clock == null) {
			throw new IllegalArgumentException("clock must not be null");
		}
		return new TokenSweep(this.client, clock, this.concurrency, this.createdBy, this.criteria);
	}

	/**
	 * Returns a sweep that runs up to {@code concurrency} revocations at once; keep it within the
	 * client's connection pool.
	 * @param concurrency how many revocations may be in flight, at least 1
	 * @return a new sweep; this one is unchanged
	 */
	public TokenSweep withConcurrency(int concurrency) {
		if (concurrency < 1) {
			throw new IllegalArgumentException("concurrency must be at least 1, was " + concurrency);
		}
		return new TokenSweep(this.client, this.clock, concurrency, this.createdBy, this.criteria);
	}

	/**
	 * Finds the tokens the sweep would revoke, and revokes nothing.
	 * @return the tokens, in the order the workspace lists them, as an unmodifiable list
	 * @throws IllegalStateException when no criterion was given
	 */
	public Mono<List<TokenInfo>> dryRun() {
		return find().collectList().map(List::copyOf);
	}

	/**
	 * Revokes the tokens the sweep finds, up to the concurrency at once; a failure is recorded
	 * in the report and the other tokens go on.
	 * @return the report; it fails only when the tokens cannot be listed
	 * @throws IllegalStateException when no criterion was given
	 */
	public Mono<RevocationReport> revoke() {
		Flux<String> ids = find().map(TokenInfo::tokenId);
		return Revocations.revoke(this.client::delete, ids, this.concurrency);
	}

	private Flux<TokenInfo> find() {
		if (this.criteria.isEmpty()) {
			throw new IllegalStateException("the sweep has no criterion and would revoke every token of the workspace: give "
					+ "olderThan, expiringWithin, notUsedSince, createdBy or commentMatching (or matching(\"all\", token -> true) "
					+ "if that is what you mean)");
		}
		TokenFilter filter = (this.createdBy != null) ? TokenFilter.createdByUsername(this.createdBy) : TokenFilter.all();
		return Flux.defer(() -> {
			Instant now = this.clock.instant();
			return this.client.list(filter)
				.filter((token) -> this.criteria.stream().allMatch((criterion) -> criterion.test().sweeps(token, now)));
		});
	}

	private TokenSweep with(String description, Test test) {
		List<Criterion> criteria = new ArrayList<>(this.criteria);
		criteria.add(new Criterion(description, test));
		return new TokenSweep(this.client, this.clock, this.concurrency, this.createdBy, criteria);
	}

	private static void positive(String name, @Nullable Duration value) {
		if (value == null || value.isNegative() || value.isZero()) {
			throw new IllegalArgumentException(name + " must be positive, was " + value);
		}
	}

	/**
	 * Describes the criteria.
	 * @return e.g. {@code TokenSweep[created more than PT2160H ago and not used for PT720H, concurrency=8]}
	 */
	@Override
	public String toString() {
		return "TokenSweep[" + String.join(" and ", this.criteria.stream().map(Criterion::description).toList())
				+ ", concurrency=" + this.concurrency + "]";
	}

	@FunctionalInterface
	private interface Test {

		boolean sweeps(TokenInfo token, Instant now);

	}

	private record Criterion(String description, Test test) {
	}

}
