package dev.dbtokens.client.internal.call;

import java.io.IOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import dev.dbtokens.client.RetrySettings;
import dev.dbtokens.client.error.DeadlineExceededException;
import dev.dbtokens.client.error.ResourceDoesNotExistException;
import dev.dbtokens.client.error.TemporarilyUnavailableException;
import dev.dbtokens.client.error.TokenCreationOutcomeUnknownException;
import dev.dbtokens.client.error.TooManyRequestsException;
import dev.dbtokens.client.internal.call.AnswerReader;
import dev.dbtokens.client.internal.call.ErrorMapper;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Waits, attempt counts, deadlines and the rate limit of a call, on Reactor's virtual time: the
 * exchanges are scripted, so minutes of backoff take no time.
 */
class ResilientCallsTests {

	private static final String HOST = "https://adb-1.azuredatabricks.net";

	/** Always the full exponential wait, so that the waits are exact. */
	private static final Backoff NO_JITTER = new Backoff(() -> 1.0);

	private final AtomicInteger attempts = new AtomicInteger();

	@Test
	void retriesAThrottledCallWithExponentialBackoff() {
		Supplier<Mono<String>> exchange = script(answer(429, ""), answer(429, ""), answer(429, ""), Mono.just("ok"));

		StepVerifier.withVirtualTime(() -> calls(RetrySettings.defaults()).run(Operation.LIST, null, exchange))
			.expectSubscription()
			.expectNoEvent(Duration.ofMillis(500 + 1000 + 2000 - 1))
			.thenAwait(Duration.ofMillis(1))
			.expectNext("ok")
			.verifyComplete();
		assertThat(this.attempts).hasValue(4);
	}

	@Test
	void jitterWaitsBetweenHalfAndAllOfTheExponentialBackoff() {
		RetrySettings settings = RetrySettings.defaults();
		assertThat(new Backoff(() -> 0.0).delay(settings, 2, null)).isEqualTo(Duration.ofMillis(1000));
		assertThat(new Backoff(() -> 0.999999).delay(settings, 2, null)).isBetween(Duration.ofMillis(1999), Duration.ofMillis(2000));
		assertThat(NO_JITTER.delay(settings, 10, null)).isEqualTo(Duration.ofSeconds(30));
		assertThat(NO_JITTER.delay(settings, 500, null)).isEqualTo(Duration.ofSeconds(30));
	}

	@Test
	void surfacesTheLastTypedExceptionWithTheEarlierAttemptsSummarisedInItsMessage() {
		Supplier<Mono<String>> exchange = script(answer(503, ""), answer(503, ""), answer(503, ""), answer(429, ""));

		StepVerifier.withVirtualTime(() -> calls(RetrySettings.defaults()).run(Operation.LIST, null, exchange))
			.thenAwait(Duration.ofMinutes(1))
			.expectErrorSatisfies((ex) -> {
				assertThat(ex).isExactlyInstanceOf(TooManyRequestsException.class)
					.hasMessage("token/x failed: HTTP 429: 429 (after 4 attempts; earlier: 3× token/x failed: HTTP 503: 503)");
				assertThat(((TooManyRequestsException) ex).httpStatus()).isEqualTo(429);
				assertThat(ex.getSuppressed()).isEmpty();
			})
			.verify();
	}

	@Test
	void makesTenThousandAttemptsWithoutNestingAndSummarisesThemInOneLine() {
		RetrySettings settings = RetrySettings.defaults()
			.withMaxAttempts(10_000)
			.withInitialBackoff(Duration.ZERO)
			.withMaxBackoff(Duration.ZERO);
		Supplier<Mono<String>> exchange = () -> {
			this.attempts.incrementAndGet();
			return Mono.error(RetryRulesTests.wrapped(new ConnectException("Connection refused")));
		};

		StepVerifier.create(calls(settings).run(Operation.LIST, null, exchange))
			.expectErrorSatisfies((ex) -> assertThat(ex).isExactlyInstanceOf(dev.dbtokens.client.error.DatabricksApiException.class)
				.hasMessage("token/list failed: no answer from " + HOST + " (Connection refused); check the host and the network "
						+ "(after 10000 attempts, each failed the same way)")
				.hasNoSuppressedExceptions())
			.verify(Duration.ofSeconds(30));
		assertThat(this.attempts).hasValue(10_000);
	}

	@Test
	void theMostAttemptsMeansRetryingUntilTheDeadline() {
		RetrySettings settings = RetrySettings.defaults()
			.withMaxAttempts(Integer.MAX_VALUE)
			.withInitialBackoff(Duration.ofSeconds(1))
			.withMaxBackoff(Duration.ofSeconds(1))
			.withTimeout(Duration.ofSeconds(60));

		StepVerifier.withVirtualTime(() -> calls(settings).run(Operation.DELETE, null, script(answer(503, ""))))
			.thenAwait(Duration.ofSeconds(60))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(TemporarilyUnavailableException.class)
				.hasMessageEndingWith("(after 60 attempts, each failed the same way; not retried: the next attempt would start "
						+ "after the call timeout of 1m)"))
			.verify();
		assertThat(this.attempts).hasValue(60);
	}

	@Test
	void summarisesDifferentEarlierFailuresWithTheirCounts() {
		Supplier<Mono<String>> exchange = script(answer(503, ""), answer(503, ""), answer(429, ""), answer(504, ""), answer(500, "X"));

		StepVerifier.withVirtualTime(() -> calls(RetrySettings.defaults().withMaxAttempts(6)).run(Operation.LIST, null, exchange))
			.thenAwait(Duration.ofMinutes(1))
			.expectErrorSatisfies((ex) -> assertThat(ex)
				.hasMessage("token/x failed: HTTP 500: 500 (after 5 attempts; earlier: 2× token/x failed: HTTP 503: 503; "
						+ "1× token/x failed: HTTP 429: 429; 1× token/x failed: HTTP 504: 504)"))
			.verify();
	}

	@Test
	void keepsTheFirstThreeKindsOfEarlierFailureAndCountsTheRest() {
		Supplier<Mono<String>> exchange = script(answer(503, ""), answer(429, ""), answer(504, ""),
				Mono.error(RetryRulesTests.wrapped(new ConnectException("Connection refused"))), answer(500, "X"));

		StepVerifier.withVirtualTime(() -> calls(RetrySettings.defaults().withMaxAttempts(6)).run(Operation.LIST, null, exchange))
			.thenAwait(Duration.ofMinutes(1))
			.expectErrorSatisfies((ex) -> assertThat(ex)
				.hasMessage("token/x failed: HTTP 500: 500 (after 5 attempts; earlier: 1× token/x failed: HTTP 503: 503; "
						+ "1× token/x failed: HTTP 429: 429; 1× token/x failed: HTTP 504: 504; 1 other failure)"))
			.verify();
	}

	@Test
	void theDeadlineMessageSaysWhatEveryFailedAttemptSaw() {
		RetrySettings settings = RetrySettings.defaults().withTimeout(Duration.ofSeconds(10));
		Supplier<Mono<String>> exchange = script(answer(503, ""), answer(429, ""), Mono.never());

		StepVerifier.withVirtualTime(() -> calls(settings).run(Operation.LIST, null, exchange))
			.thenAwait(Duration.ofSeconds(10))
			.expectErrorSatisfies((ex) -> assertThat(ex).isExactlyInstanceOf(DeadlineExceededException.class)
				.hasMessage("token/list failed: no result within the call timeout of 10s (after 3 attempts); failed attempts: "
						+ "1× token/x failed: HTTP 503: 503; 1× token/x failed: HTTP 429: 429"))
			.verify();
	}

	@Test
	void aLocalFailureEndsTheCallAsItIsWithoutARetry() {
		IllegalStateException noCredentials = new IllegalStateException("no credentials");
		StepVerifier.withVirtualTime(() -> calls(RetrySettings.defaults()).run(Operation.LIST, null, script(Mono.error(noCredentials))))
			.expectErrorSatisfies((ex) -> assertThat(ex).isSameAs(noCredentials))
			.verify(Duration.ofSeconds(1));
		assertThat(this.attempts).hasValue(1);

		java.security.GeneralSecurityException checked = new java.security.GeneralSecurityException("no key store");
		StepVerifier.withVirtualTime(() -> calls(RetrySettings.defaults()).run(Operation.LIST, null, () -> Mono.error(checked)))
			.expectErrorSatisfies((ex) -> assertThat(ex).isExactlyInstanceOf(IllegalStateException.class).hasCause(checked))
			.verify(Duration.ofSeconds(1));
	}

	@Test
	void namesTheTimeoutAsAPropertyWouldBeWritten() {
		assertThat(CallFailures.format(Duration.ofMinutes(5))).isEqualTo("5m");
		assertThat(CallFailures.format(Duration.ofSeconds(60))).isEqualTo("1m");
		assertThat(CallFailures.format(Duration.ofSeconds(90))).isEqualTo("90s");
		assertThat(CallFailures.format(Duration.ofSeconds(1))).isEqualTo("1s");
		assertThat(CallFailures.format(Duration.ofMillis(1500))).isEqualTo("1500ms");
		assertThat(CallFailures.format(Duration.ofMillis(1))).isEqualTo("1ms");
		assertThat(CallFailures.format(Duration.ofNanos(500_000))).isEqualTo("500000ns");
	}

	@Test
	void summarisesAnAttemptInOneLineOfAtMostMaxSummaryCharacters() {
		CallFailures failures = new CallFailures(Operation.LIST, HOST, null, java.time.Instant.now(), Duration.ofSeconds(1));
		String fits = "x".repeat(CallFailures.MAX_SUMMARY);
		assertThat(failures.summary(new IllegalStateException("token/list failed: " + fits))).isEqualTo(fits);
		assertThat(failures.summary(new IllegalStateException("a\n  b"))).isEqualTo("a b");
		assertThat(failures.summary(new IllegalStateException(fits + "y"))).hasSize(CallFailures.MAX_SUMMARY).endsWith("x…");
		assertThat(failures.summary(new IllegalStateException())).isEqualTo("IllegalStateException");
	}

	@Test
	void theDefaultJitterSpreadsTheWaitsOfCallersThatFailedTogether() {
		Backoff backoff = new Backoff();
		java.util.Set<Duration> waits = new java.util.HashSet<>();
		for (int i = 0; i < 100; i++) {
			waits.add(backoff.delay(RetrySettings.defaults(), 2, null));
		}
		assertThat(waits).hasSizeGreaterThan(1).allSatisfy((wait) -> assertThat(wait).isBetween(Duration.ofMillis(1000),
				Duration.ofMillis(2000)));
	}

	@Test
	void aZeroInitialBackoffNeverWaitsHoweverManyRetries() {
		RetrySettings settings = RetrySettings.defaults().withInitialBackoff(Duration.ZERO);
		for (long retry : new long[] { 0, 1, 61, 62, 63, 1000 }) {
			assertThat(NO_JITTER.delay(settings, retry, null)).as("retry %d", retry).isZero();
		}
	}

	@Test
	void waitsAndDeadlinesCenturiesLongDoNotOverflow() {
		Duration millennium = Duration.ofDays(365L * 1_000);
		RetrySettings settings = RetrySettings.defaults().withMaxBackoff(millennium).withMaxRetryAfter(millennium).withTimeout(millennium);
		Supplier<Mono<String>> exchange = script(answer(503, "TEMPORARILY_UNAVAILABLE"), Mono.just("ok"));

		StepVerifier.withVirtualTime(() -> calls(settings).run(Operation.LIST, null, exchange))
			.expectSubscription()
			.expectNoEvent(Duration.ofMillis(499))
			.thenAwait(Duration.ofMillis(1))
			.expectNext("ok")
			.verifyComplete();
	}

	@Test
	void honoursRetryAfterInsteadOfTheBackoff() {
		Supplier<Mono<String>> exchange = script(answer(429, "", Duration.ofSeconds(7)), Mono.just("ok"));

		StepVerifier.withVirtualTime(() -> calls(RetrySettings.defaults()).run(Operation.CREATE, "c", exchange))
			.expectSubscription()
			.expectNoEvent(Duration.ofMillis(6999))
			.thenAwait(Duration.ofMillis(1))
			.expectNext("ok")
			.verifyComplete();
	}

	@Test
	void capsRetryAfterAtMaxRetryAfter() {
		Supplier<Mono<String>> exchange = script(answer(503, "", Duration.ofHours(1)), Mono.just("ok"));

		StepVerifier.withVirtualTime(() -> calls(RetrySettings.defaults()).run(Operation.DELETE, null, exchange))
			.expectSubscription()
			.expectNoEvent(Duration.ofSeconds(60).minusMillis(1))
			.thenAwait(Duration.ofMillis(1))
			.expectNext("ok")
			.verifyComplete();
	}

	@Test
	void doesNotWaitForARetryThatWouldStartAfterTheDeadline() {
		RetrySettings settings = RetrySettings.defaults().withTimeout(Duration.ofSeconds(30));
		Supplier<Mono<String>> exchange = script(answer(429, "", Duration.ofSeconds(45)), Mono.just("ok"));

		StepVerifier.withVirtualTime(() -> calls(settings).run(Operation.LIST, null, exchange))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(TooManyRequestsException.class)
				.hasMessageEndingWith("(not retried: the next attempt would start after the call timeout of 30s)"))
			.verify(Duration.ofSeconds(1));
		assertThat(this.attempts).hasValue(1);
	}

	@Test
	void failsWithDeadlineExceededNamingTheTimeout() {
		RetrySettings settings = RetrySettings.defaults().withTimeout(Duration.ofSeconds(10));
		Supplier<Mono<String>> exchange = script(answer(503, ""), Mono.never());

		StepVerifier.withVirtualTime(() -> calls(settings).run(Operation.LIST, null, exchange))
			.expectSubscription()
			.expectNoEvent(Duration.ofMillis(9999))
			.thenAwait(Duration.ofMillis(1))
			.expectErrorSatisfies((ex) -> {
				assertThat(ex).isExactlyInstanceOf(DeadlineExceededException.class)
					.hasMessageStartingWith("token/list failed: no result within the call timeout of 10s (after 2 attempts)")
					.hasCauseInstanceOf(TemporarilyUnavailableException.class);
				assertThat(((DeadlineExceededException) ex).httpStatus()).isZero();
			})
			.verify();
	}

	@Test
	void aCreateStillInFlightAtTheDeadlineHasAnUnknownOutcome() {
		RetrySettings settings = RetrySettings.defaults().withTimeout(Duration.ofSeconds(10));

		StepVerifier.withVirtualTime(() -> calls(settings).run(Operation.CREATE, "nightly", script(Mono.never())))
			.thenAwait(Duration.ofSeconds(10))
			.expectErrorSatisfies((ex) -> {
				assertThat(ex).isExactlyInstanceOf(TokenCreationOutcomeUnknownException.class)
					.hasMessageStartingWith("token/create outcome unknown: no answer within the call timeout of 10s. The request may have")
					.hasMessageContaining("a token with comment \"nightly\" may exist")
					.hasMessageContaining("TokensClient.list()")
					.hasMessageContaining("TokensClient.delete(tokenId)");
				assertThat(((TokenCreationOutcomeUnknownException) ex).comment()).isEqualTo("nightly");
			})
			.verify();
	}

	@Test
	void retriesACreateThatWasNeverSentAndOneTheServerTurnedAway() {
		Supplier<Mono<String>> exchange = script(Mono.error(RetryRulesTests.wrapped(new ConnectException("Connection refused"))),
				answer(503, ""), Mono.just("created"));

		StepVerifier.withVirtualTime(() -> calls(RetrySettings.defaults()).run(Operation.CREATE, "c", exchange))
			.thenAwait(Duration.ofSeconds(2))
			.expectNext("created")
			.verifyComplete();
		assertThat(this.attempts).hasValue(3);
	}

	@Test
	void neverRepeatsACreateWhoseConnectionBrokeAfterTheRequest() {
		Supplier<Mono<String>> exchange = script(Mono.error(RetryRulesTests.wrapped(new IOException("Connection reset by peer"))),
				Mono.just("second token"));

		StepVerifier.withVirtualTime(() -> calls(RetrySettings.defaults()).run(Operation.CREATE, null, exchange))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(TokenCreationOutcomeUnknownException.class)
				.hasMessageStartingWith("token/create outcome unknown: no answer from " + HOST + " (Connection reset by peer)")
				.hasMessageContaining("a token without a comment may exist"))
			.verify(Duration.ofSeconds(1));
		assertThat(this.attempts).hasValue(1);
	}

	@Test
	void aDeleteWhoseFirstAttemptMayHaveWorkedSucceedsWhenTheRetryFindsNoSuchToken() {
		Supplier<Mono<String>> exchange = script(Mono.error(RetryRulesTests.wrapped(new IOException("Connection reset by peer"))),
				answer(404, "RESOURCE_DOES_NOT_EXIST"));

		StepVerifier.withVirtualTime(() -> calls(RetrySettings.defaults()).run(Operation.DELETE, null, exchange))
			.thenAwait(Duration.ofSeconds(1))
			.verifyComplete();
		assertThat(this.attempts).hasValue(2);
	}

	@Test
	void aDeleteOfAMissingTokenStillFails() {
		StepVerifier.withVirtualTime(() -> calls(RetrySettings.defaults()).run(Operation.DELETE, null,
				script(answer(404, "RESOURCE_DOES_NOT_EXIST"))))
			.expectError(ResourceDoesNotExistException.class)
			.verify(Duration.ofSeconds(1));
	}

	@Test
	void aDeleteTurnedAwayBeforeItFindsNoSuchTokenFails() {
		// The 503 says the first attempt did nothing: the token was missing all along.
		Supplier<Mono<String>> exchange = script(answer(503, "TEMPORARILY_UNAVAILABLE"), answer(404, "RESOURCE_DOES_NOT_EXIST"));

		StepVerifier.withVirtualTime(() -> calls(RetrySettings.defaults()).run(Operation.DELETE, null, exchange))
			.thenAwait(Duration.ofMinutes(1))
			.expectError(ResourceDoesNotExistException.class)
			.verify(Duration.ofSeconds(1));
		assertThat(this.attempts).hasValue(2);
	}

	@Test
	void oneAttemptMeansNoRetries() {
		StepVerifier.withVirtualTime(() -> calls(RetrySettings.noRetries()).run(Operation.LIST, null,
				script(answer(503, ""), Mono.just("ok"))))
			.expectErrorSatisfies((ex) -> assertThat(ex).hasMessage("token/x failed: HTTP 503: 503"))
			.verify(Duration.ofSeconds(1));
		assertThat(this.attempts).hasValue(1);
	}

	@Test
	void rateLimitSpacesRequestsWithoutBlocking() {
		RateLimiter limiter = RateLimiter.of(2);

		StepVerifier.withVirtualTime(() -> Flux.range(0, 3)
			.flatMap((i) -> limiter.acquire().then(Mono.fromCallable(() -> i)))
			.elapsed()
			.map((timed) -> timed.getT1()))
			.expectSubscription()
			.expectNext(0L)
			.thenAwait(Duration.ofMillis(500))
			.expectNext(500L)
			.thenAwait(Duration.ofMillis(500))
			.expectNext(500L)
			.verifyComplete();
	}

	@Test
	void aLoneWaitingCallerIsServedWhenItsSlotComes() {
		RateLimiter limiter = RateLimiter.of(4);

		StepVerifier.withVirtualTime(() -> Mono.delay(Duration.ofSeconds(3))
			.thenMany(Flux.range(0, 2).flatMap((i) -> limiter.acquire().then(Mono.fromCallable(() -> i))))
			.elapsed()
			.map((timed) -> timed.getT1()))
			.expectSubscription()
			.thenAwait(Duration.ofSeconds(3))
			.expectNext(3000L)
			.expectNoEvent(Duration.ofMillis(249))
			.thenAwait(Duration.ofMillis(1))
			.expectNext(250L)
			.expectComplete()
			.verify(Duration.ofSeconds(5));
	}

	@Test
	void theWaitForARatePermitCountsTowardTheDeadline() {
		RateLimiter limiter = RateLimiter.of(0.1);
		RetrySettings settings = RetrySettings.defaults().withTimeout(Duration.ofSeconds(5));
		ResilientCalls calls = new ResilientCalls(new AnswerReader(HOST), HOST, settings, limiter, NO_JITTER, DeadlineTimer.REACTOR);

		StepVerifier.withVirtualTime(() -> Flux.merge(calls.run(Operation.CREATE, "a", () -> Mono.just("first")),
				calls.run(Operation.CREATE, "b", () -> Mono.just("second"))).materialize().collectList())
			.thenAwait(Duration.ofSeconds(5))
			.assertNext((signals) -> {
				assertThat(signals.get(0).get()).isEqualTo("first");
				// The second waited for its permit, so nothing was sent: no token can exist.
				assertThat(signals.get(1).getThrowable()).isExactlyInstanceOf(DeadlineExceededException.class)
					.hasMessage("token/create failed: no result within the call timeout of 5s");
			})
			.verifyComplete();
	}

	@Test
	void callersThatGaveUpWaitingLeaveTheirSlotsToTheNextCaller() {
		RateLimiter limiter = RateLimiter.of(15);
		RetrySettings healthCheck = RetrySettings.defaults().withTimeout(Duration.ofSeconds(5));
		ResilientCalls checks = new ResilientCalls(new AnswerReader(HOST), HOST, healthCheck, limiter, NO_JITTER, DeadlineTimer.REACTOR);
		ResilientCalls application = checks.withSettings(RetrySettings.defaults());
		AtomicInteger sent = new AtomicInteger();
		Mono<Long> checksThenOneCall = Flux.range(0, 300)
			.flatMap((i) -> checks.run(Operation.LIST, null, () -> Mono.fromCallable(sent::incrementAndGet))
				.onErrorResume(DeadlineExceededException.class, (ex) -> Mono.empty()), 300)
			.then(Mono.defer(() -> {
				long start = reactor.core.scheduler.Schedulers.parallel().now(java.util.concurrent.TimeUnit.MILLISECONDS);
				return application.run(Operation.LIST, null, () -> Mono.just("served"))
					.map((answer) -> reactor.core.scheduler.Schedulers.parallel().now(java.util.concurrent.TimeUnit.MILLISECONDS) - start);
			}));

		StepVerifier.withVirtualTime(() -> checksThenOneCall)
			.thenAwait(Duration.ofSeconds(6))
			.assertNext((waited) -> assertThat(waited).isLessThanOrEqualTo(1000 / 15 + 1))
			.verifyComplete();
		// 5 s at 15 requests/s, the first one at once
		assertThat(sent).hasValueBetween(75, 76);
	}

	@Test
	void servesWaitingCallersInTheOrderTheyCameSkippingThoseThatCancelled() {
		RateLimiter limiter = RateLimiter.of(10);
		List<Integer> served = new java.util.concurrent.CopyOnWriteArrayList<>();

		StepVerifier.withVirtualTime(() -> Flux.merge(Flux.range(0, 5)
			.map((i) -> limiter.acquire().then(Mono.fromRunnable(() -> served.add(i))).timeout(Duration.ofMillis((i == 2) ? 50 : 10_000))
				.onErrorResume((ex) -> Mono.empty()))))
			.thenAwait(Duration.ofSeconds(1))
			.verifyComplete();
		assertThat(served).containsExactly(0, 1, 3, 4);
	}

	@Test
	void aRateLimiterSaysItsIntervalWhereAClientIsPrinted() {
		assertThat(RateLimiter.of(10)).hasToString("RateLimiter[every 100000000ns]");
		assertThat(RateLimiter.UNLIMITED).hasToString("RateLimiter[unlimited]");
	}

	@Test
	void rejectsARateThatIsNotPositive() {
		for (double rate : List.of(0.0, -1.0, Double.NaN, Double.POSITIVE_INFINITY)) {
			org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> RateLimiter.of(rate))
				.withMessageContaining("requestsPerSecond");
		}
	}

	private ResilientCalls calls(RetrySettings settings) {
		return new ResilientCalls(new AnswerReader(HOST), HOST, settings, RateLimiter.UNLIMITED, NO_JITTER, DeadlineTimer.REACTOR);
	}

	/** Answers attempt n with the n-th outcome (the last one repeats). */
	@SafeVarargs
	private Supplier<Mono<String>> script(Mono<String>... outcomes) {
		return () -> outcomes[Math.min(this.attempts.getAndIncrement(), outcomes.length - 1)];
	}

	private static Mono<String> answer(int status, String code) {
		return Mono.error(ErrorMapper.typed(code, status, "token/x failed: HTTP " + status + ": " + status, null, null));
	}

	private static Mono<String> answer(int status, String code, Duration retryAfter) {
		return Mono.error(new AttemptFailure(ErrorMapper.typed(code, status, "m", null, null), retryAfter));
	}

}
