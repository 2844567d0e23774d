package dev.dbtokens.client;

import java.time.Duration;
import java.util.function.Supplier;

import dev.dbtokens.client.RetryRules.Verdict;
import dev.dbtokens.client.error.DatabricksApiException;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBufferLimitException;

/**
 * Runs one call as attempts: each waits for a rate-limit permit, then exchanges; a failed attempt
 * is judged by {@link RetryRules} and retried after the wait {@link Backoff} gives, and the whole
 * call is bounded by {@link RetrySettings#timeout()}.
 */
final class ResilientCalls {

	private final AnswerReader answers;

	private final String host;

	private final RetrySettings settings;

	private final RateLimiter rateLimiter;

	private final Backoff backoff;

	ResilientCalls(AnswerReader answers, String host, RetrySettings settings, RateLimiter rateLimiter, Backoff backoff) {
		this.answers = answers;
		this.host = host;
		this.settings = settings;
		this.rateLimiter = rateLimiter;
		this.backoff = backoff;
	}

	RetrySettings settings() {
		return this.settings;
	}

	/** The same calls with other retry settings, sharing the rate limit. */
	ResilientCalls withSettings(RetrySettings settings) {
		return new ResilientCalls(this.answers, this.host, settings, this.rateLimiter, this.backoff);
	}

	/**
	 * Runs a call.
	 * @param operation the operation
	 * @param comment the comment of the token to create (for {@code create}), else {@code null}
	 * @param exchange sends one request and reads its answer; subscribed once per attempt
	 */
	<T> Mono<T> run(Operation operation, @Nullable String comment, Supplier<Mono<T>> exchange) {
		return Mono.defer(() -> {
			CallState state = new CallState(operation, this.host, comment, this.settings);
			return attempt(operation, state, exchange)
				.timeout(this.settings.timeout(), Mono.defer(() -> Mono.error(state.deadlineExceeded())));
		});
	}

	/**
	 * One attempt and, when it fails and may be retried, the wait and the next attempt. Written
	 * as a resume rather than with {@code retryWhen}, whose companion sink and serialized
	 * subscriber every call would pay for while almost none retries.
	 */
	private <T> Mono<T> attempt(Operation operation, CallState state, Supplier<Mono<T>> exchange) {
		Mono<T> sent = Mono.defer(() -> {
			state.attemptStarted();
			return exchange.get();
		});
		return this.rateLimiter.acquire().then(sent).onErrorResume((ex) -> {
			if (state.attemptFailed(normalize(operation, ex)) == Verdict.SUCCEED) {
				return Mono.empty();
			}
			Duration delay = state.nextDelay(this.backoff);
			if (delay == null) {
				return Mono.error(state.finalFailure());
			}
			return TokensObservation.event("retry." + state.lastReason())
				.then(Mono.delay(delay))
				.then(attempt(operation, state, exchange));
		});
	}

	private AttemptFailure normalize(Operation operation, Throwable ex) {
		if (ex instanceof AttemptFailure failure) {
			return failure;
		}
		if (ex instanceof DataBufferLimitException) { // also met by the wire log, which buffers every answer
			return new AttemptFailure(this.answers.malformed(operation, 0, ex), null);
		}
		if (!(ex instanceof DatabricksApiException) && Delivery.isNetworkFault(ex)) {
			return new AttemptFailure(this.answers.noAnswer(operation, ex), null);
		}
		return new AttemptFailure(ex, null);
	}

	@Override
	public String toString() {
		return "ResilientCalls[" + this.settings + ", " + this.rateLimiter + "]";
	}

}
