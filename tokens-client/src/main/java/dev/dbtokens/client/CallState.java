package dev.dbtokens.client;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.dbtokens.client.RetryRules.Verdict;
import org.jspecify.annotations.Nullable;
import reactor.core.scheduler.Schedulers;

/**
 * What happened so far in one call: its failed attempts and their verdicts, whether a request is in
 * flight, and when the call started. Attempts run one after the other; the deadline's timer reads
 * the state from another thread, hence the locking.
 */
final class CallState {

	private final CallFailures failures;

	private final RetrySettings settings;

	private final long startNanos = Schedulers.parallel().now(TimeUnit.NANOSECONDS);

	private final List<AttemptFailure> failed = new ArrayList<>();

	private Verdict lastVerdict = Verdict.FAIL;

	private boolean outcomeUnknown;

	private boolean inFlight;

	private int started;

	private boolean stoppedByDeadline;

	CallState(Operation operation, String host, @Nullable String comment, RetrySettings settings) {
		this.failures = new CallFailures(operation, host, comment, Instant.now(), settings.timeout());
		this.settings = settings;
	}

	synchronized void attemptStarted() {
		this.inFlight = true;
		this.started++;
	}

	/** Records a failed attempt and returns the verdict of {@link RetryRules} on it. */
	synchronized Verdict attemptFailed(AttemptFailure failure) {
		this.inFlight = false;
		Delivery delivery = failure.delivery();
		this.lastVerdict = RetryRules.decide(this.failures.operation(), failure.error(), delivery, this.outcomeUnknown);
		this.outcomeUnknown |= delivery == Delivery.NO_ANSWER || this.lastVerdict == Verdict.OUTCOME_UNKNOWN;
		this.failed.add(failure);
		return this.lastVerdict;
	}

	/**
	 * Returns the wait before the next attempt, or {@code null} when the call must end: the verdict
	 * is not to retry, attempts are used up, or the wait would pass the call's deadline.
	 */
	synchronized @Nullable Duration nextDelay(Backoff backoff) {
		int attempts = this.failed.size();
		if (this.lastVerdict != Verdict.RETRY || attempts >= this.settings.maxAttempts()) {
			return null;
		}
		AttemptFailure last = this.failed.get(attempts - 1);
		Duration delay = backoff.delay(this.settings, attempts - 1L, last.retryAfter());
		long elapsed = Schedulers.parallel().now(TimeUnit.NANOSECONDS) - this.startNanos;
		if (elapsed + delay.toNanos() >= this.settings.timeout().toNanos()) {
			this.stoppedByDeadline = true;
			return null;
		}
		return delay;
	}

	/**
	 * Why the last attempt is retried, as a low-cardinality name: {@code status.429},
	 * {@code not.sent} (nothing was sent) or {@code no.answer}.
	 */
	synchronized String lastReason() {
		AttemptFailure last = this.failed.get(this.failed.size() - 1);
		if (last.error() instanceof dev.dbtokens.client.error.DatabricksApiException answer && answer.httpStatus() > 0) {
			return "status." + answer.httpStatus();
		}
		return (last.delivery() == Delivery.NOT_SENT) ? "not.sent" : "no.answer";
	}

	/** The exception that ends the call after its last failed attempt. */
	synchronized RuntimeException finalFailure() {
		AttemptFailure last = this.failed.get(this.failed.size() - 1);
		return this.failures.afterAttempts(this.lastVerdict, last.error(), earlierErrors(this.failed.size() - 1),
				this.failed.size(), this.stoppedByDeadline);
	}

	/** The exception that ends the call when its deadline passes. */
	synchronized RuntimeException deadlineExceeded() {
		Throwable last = this.failed.isEmpty() ? null : this.failed.get(this.failed.size() - 1).error();
		List<Throwable> earlier = earlierErrors(Math.max(0, this.failed.size() - 1));
		return this.failures.deadline(this.inFlight || this.outcomeUnknown, last, earlier, this.started);
	}

	private List<Throwable> earlierErrors(int count) {
		List<Throwable> errors = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			errors.add(this.failed.get(i).error());
		}
		return errors;
	}

}
