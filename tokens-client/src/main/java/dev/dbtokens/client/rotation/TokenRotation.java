package dev.dbtokens.client.rotation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.dbtokens.client.TokensClient;
import dev.dbtokens.client.lifecycle.RevocationReport;
import dev.dbtokens.client.lifecycle.TokenLifecycle;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Keeps one valid token for a named purpose: creates a new token when the current one has less
 * than {@link RotationPolicy#rotateAt()} of its lifetime left, hands it to a
 * {@link RotationListener}, and revokes the old one after the grace period.
 *
 * <p>Guarantees, as long as Databricks answers within the rotation window: there is always a
 * valid token once the first one is created (the current token is replaced, never revoked); there
 * are never more than two tokens of this instance's own; a failed create leaves the
 * current token in place and is retried at the next check; a failed revoke is reported to the
 * listener and retried at the next check.
 *
 * <p><strong>Replicas.</strong> Each rotation instance has an identity of its own, a random
 * {@link #instanceId()}, and comments its tokens {@code <commentTag>@<instanceId>}. It lists, keeps
 * and revokes only the tokens of its own identity, so replicas of an application with the same
 * policy never revoke each other's tokens: each holds a valid token once it has one, and has at
 * most two tokens of its own. A restarted application is a new instance; the tokens of an instance
 * that is gone are <em>orphans</em>: they expire by their own lifetime, and
 * {@link #revokeOrphans()} revokes those that are orphaned beyond doubt (expired but still listed;
 * for a token that never expires, which no rotation creates, older than the policy's lifetime), never
 * a token another live instance may hold. By default each check does that too; with
 * {@link #leaveOrphansToCaller()} the checks leave it to a job that runs once across the replicas.
 * So the rotation's tokens in a workspace are at most two per live instance, plus orphans that
 * expire on their own.
 *
 * <pre class="code">
 * TokenRotation rotation = TokenRotation.create(client,
 *         RotationPolicy.builder("etl", Duration.ofDays(1)).build(),
 *         token -&gt; credentials.use(token.value()));
 * rotation.start();   // checks now, then every checkInterval; stop() or close() ends it
 * </pre>
 */
public final class TokenRotation implements AutoCloseable {

	private static final Log logger = LogFactory.getLog(TokenRotation.class);

	private final RotationPolicy policy;

	private final RotationState state = new RotationState();

	private final TokenLifecycle lifecycle;

	private final RotationIdentity identity;

	private final RotationCheck check;

	private final AtomicBoolean checking = new AtomicBoolean();

	private @Nullable Disposable schedule;

	/** Ends the scheduled checks once the one in flight, if any, is done: emitted by {@link #retire()}. */
	private Sinks.One<Boolean> finishing = Sinks.one();

	/** Completes when the scheduled checks have ended. */
	private Sinks.Empty<Void> finished = Sinks.empty();

	private TokenRotation(TokenLifecycle lifecycle, RotationPolicy policy, RotationListener listener) {
		this.policy = policy;
		this.lifecycle = lifecycle;
		this.identity = RotationIdentity.random(policy);
		this.check = new RotationCheck(lifecycle, policy, this.identity, this.state, new RotationHandover(listener));
	}

	/**
	 * Creates a rotation that reads the time from the system clock in UTC.
	 * @param client the client of the workspace the tokens live in
	 * @param policy how to rotate
	 * @param listener receives each new token
	 * @return a rotation, not started
	 */
	public static TokenRotation create(TokensClient client, RotationPolicy policy, RotationListener listener) {
		return create(client, policy, listener, Clock.systemUTC());
	}

	/**
	 * Creates a rotation that reads the time from a clock.
	 * @param client the client of the workspace the tokens live in
	 * @param policy how to rotate
	 * @param listener receives each new token
	 * @param clock the clock compared with the tokens' expiry times
	 * @return a rotation, not started
	 */
	public static TokenRotation create(TokensClient client, RotationPolicy policy, RotationListener listener, Clock clock) {
		if (policy == null || listener == null) {
			throw new IllegalArgumentException("policy and listener must not be null");
		}
		return new TokenRotation(TokenLifecycle.of(client).withClock(clock), policy, listener);
	}

	/**
	 * Returns the policy of this rotation.
	 * @return the policy
	 */
	public RotationPolicy policy() {
		return this.policy;
	}

	/**
	 * Returns this instance's identity, random per instance: its tokens carry the comment
	 * {@code <commentTag>@<instanceId>}.
	 * @return the instance id, twelve hexadecimal digits
	 */
	public String instanceId() {
		return this.identity.instanceId();
	}

	/**
	 * Makes the checks leave the orphans of other instances to {@link #revokeOrphans()}, e.g.
	 * called by a job that runs once across the replicas. Call it before {@link #start()}.
	 * @return this rotation
	 */
	public TokenRotation leaveOrphansToCaller() {
		this.check.revokeOrphans(false);
		return this;
	}

	/**
	 * Revokes the rotation's tokens of other instances that no instance can be using any more:
	 * those expired but still listed, and those that never expire and are older than the policy's
	 * lifetime. Never revokes a token of this instance, nor one another live instance may hold.
	 * @return the report; it fails when the tokens cannot be listed
	 */
	public Mono<RevocationReport> revokeOrphans() {
		return Mono.defer(() -> {
			Instant now = this.lifecycle.clock().instant();
			return this.lifecycle.revokeIf((info) -> this.identity.isForeignOrphan(info, now));
		});
	}

	/**
	 * Returns the token handed out last, while it is live as far as the last check knows.
	 * @return the current token with its value, or empty before the first token is created
	 */
	public Optional<RotatedToken> current() {
		return Optional.ofNullable(this.state.current());
	}

	/**
	 * Checks the tokens now, as a scheduled check does: revokes what is due, and creates and hands
	 * over a new token when the current one is due. Does nothing when a check is already running.
	 * @return completes when the check is done; never fails (failures go to the listener)
	 */
	public Mono<Void> checkNow() {
		return Mono.defer(() -> {
			if (!this.checking.compareAndSet(false, true)) {
				return Mono.empty();
			}
			// Reset before the end signal reaches the caller, so that a check right after this one runs.
			return this.check.run()
				.doOnTerminate(() -> this.checking.set(false))
				.doOnCancel(() -> this.checking.set(false));
		}).onErrorResume((ex) -> {
			logger.error("Token rotation '" + this.policy.name() + "': the check failed unexpectedly", ex);
			return Mono.empty();
		});
	}

	/**
	 * Starts checking now and then every {@link RotationPolicy#checkInterval()}, on Reactor's
	 * parallel scheduler.
	 * @throws IllegalStateException when the rotation is already running
	 */
	public void start() {
		start(Schedulers.parallel());
	}

	/**
	 * Starts checking now and then every {@link RotationPolicy#checkInterval()}, timed by a
	 * scheduler (e.g. a {@code VirtualTimeScheduler} in tests). A check still running when the next
	 * is due makes that one skip.
	 * @param scheduler the scheduler that times the checks
	 * @throws IllegalStateException when the rotation is already running
	 */
	public synchronized void start(Scheduler scheduler) {
		if (isRunning()) {
			throw new IllegalStateException("Token rotation '" + this.policy.name() + "' is already running");
		}
		Duration interval = this.policy.checkInterval();
		Sinks.One<Boolean> finishing = Sinks.one();
		Sinks.Empty<Void> finished = Sinks.empty();
		this.schedule = Flux.interval(Duration.ZERO, interval, scheduler)
			.takeUntilOther(finishing.asMono())
			.onBackpressureDrop()
			.concatMap((tick) -> checkNow(), 0)
			.doFinally((signal) -> finished.tryEmitEmpty())
			.subscribe();
		this.finishing = finishing;
		this.finished = finished;
	}

	/**
	 * Ends the scheduled checks without cancelling the one in flight, whose create may already have
	 * reached Databricks.
	 * @return completes once that check is done (at once when none runs); cancelling it cancels the check
	 */
	private synchronized Mono<Void> finishChecks() {
		Disposable running = this.schedule;
		if (running == null || running.isDisposed()) {
			return Mono.empty();
		}
		this.schedule = null;
		this.finishing.tryEmitValue(true);
		return this.finished.asMono().doOnCancel(running::dispose);
	}

	/**
	 * Stops the scheduled checks and cancels a check in progress. A create it cancels may still
	 * happen; the next start finds that token by its tag and revokes it.
	 */
	public synchronized void stop() {
		if (this.schedule != null) {
			this.schedule.dispose();
			this.schedule = null;
		}
	}

	/**
	 * Stops the rotation and revokes every token of this instance, the current one included, so that
	 * none outlives the instance as an orphan: for an instance going away for good, e.g. an
	 * application shutting down (the auto-configuration does it then, unless
	 * {@code databricks.rotation.<name>.revoke-on-stop=false}). A scheduled check in flight is let
	 * finish first (its create may already have reached Databricks), then the tokens are listed and
	 * revoked; cancelling the returned {@code Mono} cancels that check too. The tokens of other
	 * instances are left alone. The listener is not told; {@link #current()} is empty from the
	 * moment the tokens are listed to be revoked, so that it never gives a revoked token, and
	 * stays empty even when they could not be listed. {@link #start()} may be called again: it
	 * creates a new token.
	 * @return the report; it fails when the tokens cannot be listed
	 */
	public Mono<RevocationReport> retire() {
		return Mono.defer(() -> finishChecks()
			.then(Mono.fromRunnable(() -> this.state.keepOnly(Set.of())))
			.then(this.lifecycle.revokeIf(this.identity::isOwn)));
	}

	/**
	 * Whether scheduled checks are running.
	 * @return {@code true} between {@link #start()} and {@link #stop()}
	 */
	public synchronized boolean isRunning() {
		return this.schedule != null && !this.schedule.isDisposed();
	}

	/**
	 * Stops the rotation, like {@link #stop()}.
	 */
	@Override
	public void close() {
		stop();
	}

	@Override
	public String toString() {
		return "TokenRotation[" + this.policy.name() + ", comment=" + this.identity.comment() + ", current="
				+ this.state.current() + "]";
	}

}
