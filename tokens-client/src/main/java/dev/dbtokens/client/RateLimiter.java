package dev.dbtokens.client;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Spaces requests evenly, at most {@code requestsPerSecond}, without blocking a thread: each
 * request reserves the next free slot and waits for it with {@code Mono.delay}. No burst is allowed
 * (as the Go SDK's limiter of burst 1). A caller that cancels while waiting leaves its slot unused.
 *
 * <p>Written here because no dependency of this starter has one: Reactor's {@code limitRate} only
 * bounds demand, Guava's {@code RateLimiter} blocks the calling thread, and Resilience4j's reactive
 * limiter would bring three libraries for these few lines.
 */
final class RateLimiter {

	static final RateLimiter UNLIMITED = new RateLimiter(0);

	private final long intervalNanos;

	private final AtomicLong nextFree = new AtomicLong(Long.MIN_VALUE);

	private RateLimiter(long intervalNanos) {
		this.intervalNanos = intervalNanos;
	}

	static RateLimiter of(double requestsPerSecond) {
		if (!(requestsPerSecond > 0) || Double.isInfinite(requestsPerSecond)) {
			throw new IllegalArgumentException("requestsPerSecond must be a positive number, was " + requestsPerSecond);
		}
		return new RateLimiter(Math.max(1, Math.round(TimeUnit.SECONDS.toNanos(1) / requestsPerSecond)));
	}

	/**
	 * Completes when the caller may send its request.
	 */
	Mono<Void> acquire() {
		if (this.intervalNanos == 0) {
			return Mono.empty();
		}
		return Mono.defer(() -> {
			// The parallel scheduler's clock, so that Reactor's virtual time drives it in tests.
			long now = Schedulers.parallel().now(TimeUnit.NANOSECONDS);
			long previous = this.nextFree.getAndAccumulate(now, (next, at) -> Math.max(next, at) + this.intervalNanos);
			long wait = Math.max(previous, now) - now;
			return (wait <= 0) ? Mono.empty() : TokensObservation.event("rate.limit.wait").then(Mono.delay(Duration.ofNanos(wait))).then();
		});
	}

	@Override
	public String toString() {
		return (this.intervalNanos == 0) ? "RateLimiter[unlimited]" : "RateLimiter[every " + this.intervalNanos + "ns]";
	}

}
