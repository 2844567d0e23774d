package dev.dbtokens.client.internal.call;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import dev.dbtokens.client.RetrySettings;
import dev.dbtokens.client.error.DatabricksApiException;
import dev.dbtokens.client.internal.call.CredentialsFailureException;
import dev.dbtokens.client.internal.call.RetryRules.Verdict;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * What happened so far in one call: its last failed attempt and its verdict, a one-line summary of
 * the earlier ones, whether a request is in flight, and when the call started. Attempts run one
 * after the other; the deadline's timer reads the state from another thread, hence the locking.
 * Its size does not grow with the number of attempts.
 */
public final class CallState {

	private final CallFailures failures;

	private final RetrySettings settings;

	private final long startNanos = Schedulers.parallel().now(TimeUnit.NANOSECONDS);

	/** Made at the second failure: most calls never fail once. */
	private @Nullable AttemptHistory history;

	private @Nullable AttemptFailure last;

	private Verdict lastVerdict = Verdict.FAIL;

	private Duration delay = Duration.ZERO;

	private boolean outcomeUnknown;

	private boolean inFlight;

	/** The attempt is waiting for its credentials: none of its requests has been sent yet. */
	private boolean obtainingCredentials;

	private int started;

	private int failed;

	private boolean stoppedByDeadline;

	public CallState(Operation operation, String host, @Nullable String comment, RetrySettings settings) {
		this.failures = new CallFailures(operation, host, comment, Instant.now(), settings.timeout());
		this.settings = settings;
	}

	public synchronized void attemptStarted() {
		this.inFlight = true;
		this.obtainingCredentials = false;
		this.started++;
	}

	/**
	 * The credentials of an attempt, marking the call (found in the subscriber's context, where
	 * {@link ResilientCalls} puts it) as not yet sent while they are obtained: a deadline that passes
	 * meanwhile, say during an OAuth token request, finds no request of this attempt on the wire.
	 */
	public static <T> Mono<T> obtainingCredentials(Mono<T> credentials) {
		return Mono.deferContextual((context) -> {
			CallState call = context.getOrDefault(CallState.class, null);
			return (call == null) ? credentials
					: credentials.doOnSubscribe((subscription) -> call.obtainingCredentials(true))
						.doOnNext((value) -> call.obtainingCredentials(false));
		});
	}

	private synchronized void obtainingCredentials(boolean obtaining) {
		this.obtainingCredentials = obtaining;
	}

	/** Records a failed attempt and returns the verdict of {@link RetryRules} on it. */
	public synchronized Verdict attemptFailed(AttemptFailure failure) {
		this.inFlight = false;
		this.obtainingCredentials = false;
		Delivery delivery = failure.delivery();
		this.lastVerdict = RetryRules.decide(this.failures.operation(), failure.error(), delivery, this.outcomeUnknown);
		this.outcomeUnknown |= RetryRules.mayHaveActed(failure.error(), delivery) || this.lastVerdict == Verdict.OUTCOME_UNKNOWN;
		if (this.last != null) {
			history().add(this.failures.summary(this.last.error()));
		}
		this.last = failure;
		this.failed++;
		return this.lastVerdict;
	}

	/**
	 * Whether the call goes on after its last failed attempt, the wait before the next one then
	 * being {@link #delay()}: not when the verdict is not to retry, attempts are used up, or the wait
	 * would pass the call's deadline.
	 */
	public synchronized boolean retryAfterWait(Backoff backoff) {
		if (this.lastVerdict != Verdict.RETRY || this.failed >= this.settings.maxAttempts() || this.last == null) {
			return false;
		}
		Duration wait = backoff.delay(this.settings, this.failed - 1L, this.last.retryAfter());
		long elapsed = Schedulers.parallel().now(TimeUnit.NANOSECONDS) - this.startNanos;
		if (Durations.saturatedNanos(wait) >= Durations.saturatedNanos(this.settings.timeout()) - elapsed) {
			this.stoppedByDeadline = true;
			return false;
		}
		this.delay = wait;
		return true;
	}

	/** The wait before the next attempt, as the last {@link #retryAfterWait} decided it. */
	public synchronized Duration delay() {
		return this.delay;
	}

	/**
	 * Why the last attempt is retried, as a low-cardinality name: {@code status.429},
	 * {@code not.sent} (nothing was sent) or {@code no.answer}; or {@code credentials} when the
	 * OAuth token request failed (nothing went to the workspace).
	 */
	public synchronized String lastReason() {
		AttemptFailure failure = this.last;
		if (failure != null && failure.error() instanceof CredentialsFailureException) {
			return "credentials";
		}
		if (failure != null && failure.error() instanceof DatabricksApiException answer && answer.httpStatus() > 0) {
			return "status." + answer.httpStatus();
		}
		return (failure != null && failure.delivery() == Delivery.NOT_SENT) ? "not.sent" : "no.answer";
	}

	/** The exception that ends the call after its last failed attempt. */
	public synchronized RuntimeException finalFailure() {
		AttemptFailure failure = this.last;
		if (failure == null) {
			throw new IllegalStateException("no attempt has failed");
		}
		return CallFailures.withoutTrace(
				this.failures.afterAttempts(this.lastVerdict, failure.error(), history(), this.failed, this.stoppedByDeadline));
	}

	private AttemptHistory history() {
		if (this.history == null) {
			this.history = new AttemptHistory();
		}
		return this.history;
	}

	/** The exception that ends the call when its deadline passes. */
	public synchronized RuntimeException deadlineExceeded() {
		AttemptHistory all = history().copy();
		Throwable lastError = (this.last != null) ? this.last.error() : null;
		if (lastError != null) {
			all.add(this.failures.summary(lastError));
		}
		boolean mayBeSent = (this.inFlight && !this.obtainingCredentials) || this.outcomeUnknown;
		return CallFailures.withoutTrace(this.failures.deadline(mayBeSent, lastError, all, this.started));
	}

}
