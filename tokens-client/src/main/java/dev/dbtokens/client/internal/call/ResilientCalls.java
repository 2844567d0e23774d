package dev.dbtokens.client.internal.call;

import java.util.function.Supplier;

import dev.dbtokens.client.RetrySettings;
import dev.dbtokens.client.error.DatabricksApiException;
import dev.dbtokens.client.internal.call.AnswerReader;
import dev.dbtokens.client.internal.call.CredentialsFailureException;
import dev.dbtokens.client.internal.call.RetryRules.Verdict;
import dev.dbtokens.client.internal.call.TokensObservation;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;
import reactor.util.retry.Retry;

import org.springframework.core.io.buffer.DataBufferLimitException;

/**
 * Runs one call as attempts: each waits for a rate-limit permit, then exchanges; a failed attempt
 * is judged by {@link RetryRules} and retried after the wait {@link Backoff} gives, and the whole
 * call is bounded by {@link RetrySettings#timeout()}, timed by a {@link DeadlineTimer}.
 *
 * <p>The first attempt runs alone; only a call whose first attempt fails and may be retried goes on
 * under Reactor's {@code retryWhen}, which re-subscribes the attempt in a loop (no nesting, so no
 * limit on the number of attempts) and whose companion waits the delay of each failure. Calls that
 * never retry (almost all) pay for none of it.
 */
public final class ResilientCalls {

	/** Signals from an attempt that it failed and is to be retried; the wait is in the call's state. */
	private static final RuntimeException RETRY = new RetrySignal();

	private final AnswerReader answers;

	private final String host;

	private final RetrySettings settings;

	private final RateLimiter rateLimiter;

	private final Backoff backoff;

	private final DeadlineTimer deadlines;

	public ResilientCalls(AnswerReader answers, String host, RetrySettings settings, RateLimiter rateLimiter, Backoff backoff,
			DeadlineTimer deadlines) {
		this.answers = answers;
		this.host = host;
		this.settings = settings;
		this.rateLimiter = rateLimiter;
		this.backoff = backoff;
		this.deadlines = deadlines;
	}

	public RetrySettings settings() {
		return this.settings;
	}

	/** The same calls with other retry settings, sharing the rate limit. */
	public ResilientCalls withSettings(RetrySettings settings) {
		return new ResilientCalls(this.answers, this.host, settings, this.rateLimiter, this.backoff, this.deadlines);
	}

	/**
	 * Runs a call.
	 * @param operation the operation
	 * @param comment the comment of the token to create (for {@code create}), else {@code null}
	 * @param exchange sends one request and reads its answer; subscribed once per attempt
	 */
	public <T> Mono<T> run(Operation operation, @Nullable String comment, Supplier<Mono<T>> exchange) {
		return Mono.defer(() -> {
			CallState state = new CallState(operation, this.host, comment, this.settings);
			Mono<T> attempt = attempt(operation, state, exchange);
			return this.deadlines.bound(attempt.onErrorResume((ex) -> ex == RETRY, (ex) -> wait(state).then(attempt.retryWhen(Retry.from(
					(signals) -> signals.concatMap((signal) -> (signal.failure() == RETRY) ? wait(state) : Mono.error(signal.failure())))))),
					this.settings.timeout(), state::deadlineExceeded);
		});
	}

	/**
	 * One attempt: completes with the answer, completes empty when a failure means success, fails
	 * with {@link #RETRY} when it is to be retried, else with the exception that ends the call.
	 */
	private <T> Mono<T> attempt(Operation operation, CallState state, Supplier<Mono<T>> exchange) {
		Mono<T> sent = Mono.defer(() -> {
			state.attemptStarted();
			return exchange.get();
		}).contextWrite(Context.of(CallState.class, state)); // read by CallState.obtainingCredentials
		return this.rateLimiter.permit(sent).onErrorResume((ex) -> {
			if (state.attemptFailed(normalize(operation, ex)) == Verdict.SUCCEED) {
				return Mono.empty();
			}
			return Mono.error(state.retryAfterWait(this.backoff) ? RETRY : state.finalFailure());
		});
	}

	private static Mono<Long> wait(CallState state) {
		return TokensObservation.event("retry." + state.lastReason()).then(Mono.delay(state.delay()));
	}

	private AttemptFailure normalize(Operation operation, Throwable ex) {
		if (ex instanceof AttemptFailure failure) {
			return failure;
		}
		if (ex instanceof CredentialsFailureException credentials) { // the token endpoint's Retry-After, if it gave one
			return new AttemptFailure(credentials, credentials.retryAfter(), Delivery.LOCAL);
		}
		if (ex instanceof DataBufferLimitException) { // an error answer larger than the buffer
			return new AttemptFailure(this.answers.malformed(operation, 0, ex), null, Delivery.LOCAL);
		}
		Delivery delivery = Delivery.of(ex);
		if (!(ex instanceof DatabricksApiException) && (delivery == Delivery.NOT_SENT || delivery == Delivery.NO_ANSWER)) {
			return new AttemptFailure(this.answers.noAnswer(operation, ex), null, delivery);
		}
		return new AttemptFailure(ex, null, delivery);
	}

	@Override
	public String toString() {
		return "ResilientCalls[" + this.settings + ", " + this.rateLimiter + "]";
	}

	/** Never seen by a caller, so without a message or a stack trace. */
	private static final class RetrySignal extends RuntimeException {

		RetrySignal() {
			super(null, null, false, false);
		}

	}

}
