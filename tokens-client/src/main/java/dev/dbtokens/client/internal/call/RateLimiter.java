package dev.dbtokens.client.internal.call;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.TimeUnit;

import dev.dbtokens.client.InvalidSettingException;
import dev.dbtokens.client.internal.call.TokensObservation;
import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoSink;
import reactor.core.scheduler.Schedulers;

/**
 * Spaces requests evenly, at most {@code requestsPerSecond}, without blocking a thread. No burst is
 * allowed (as the Go SDK's limiter of burst 1). A caller finding the limiter free goes at once;
 * others wait in a queue, first come first served, and one timer serves them one per interval. A
 * slot is given at its time to the first caller still waiting: a caller that cancels (or whose call
 * times out) while waiting takes no slot.
 *
 * <p>Written here because no dependency of this starter has one: Reactor's {@code limitRate} only
 * bounds demand, Guava's {@code RateLimiter} blocks the calling thread, and Resilience4j's reactive
 * limiter would bring three libraries for these few lines.
 */
public final class RateLimiter {

	public static final RateLimiter UNLIMITED = new RateLimiter(0);

	private final long intervalNanos;

	private final Queue<Waiter> waiters = new ArrayDeque<>();

	private long nextFree = Long.MIN_VALUE;

	private boolean serving;

	private RateLimiter(long intervalNanos) {
		this.intervalNanos = intervalNanos;
	}

	public static RateLimiter of(double requestsPerSecond) {
		if (!(requestsPerSecond > 0) || Double.isInfinite(requestsPerSecond)) {
			throw new InvalidSettingException("requestsPerSecond", "must be a positive number, was " + requestsPerSecond);
		}
		return new RateLimiter(Math.max(1, Math.round(TimeUnit.SECONDS.toNanos(1) / requestsPerSecond)));
	}

	/**
	 * The request, sent once the caller may send it; an unlimited limiter gives it back as it is,
	 * adding no step to the call.
	 */
	public <T> Mono<T> permit(Mono<T> request) {
		return (this.intervalNanos == 0) ? request : acquire().then(request);
	}

	/**
	 * Completes when the caller may send its request.
	 */
	public Mono<Void> acquire() {
		if (this.intervalNanos == 0) {
			return Mono.empty();
		}
		return Mono.defer(() -> takeFreeSlot(now()) ? Mono.empty()
				: TokensObservation.event("rate.limit.wait").then(Mono.create(this::enqueue)));
	}

	private synchronized boolean takeFreeSlot(long now) {
		if (this.waiters.isEmpty() && now >= this.nextFree) {
			this.nextFree = now + this.intervalNanos;
			return true;
		}
		return false;
	}

	private void enqueue(MonoSink<Void> sink) {
		Waiter waiter = new Waiter(sink);
		sink.onCancel(waiter::cancel);
		long now = now();
		long delay = -1;
		synchronized (this) {
			// Queued even when a slot came free meanwhile: serve() then gives it at once, in order.
			this.waiters.add(waiter);
			if (!this.serving) {
				this.serving = true;
				delay = Math.max(0, this.nextFree - now);
			}
		}
		if (delay >= 0) {
			schedule(delay);
		}
	}

	/** Gives the slot that has come to the first caller still waiting, then waits for the next slot. */
	private void serve() {
		long now = now();
		Waiter served = null;
		long delay = -1;
		synchronized (this) {
			if (now >= this.nextFree) {
				served = this.waiters.poll();
				while (served != null && served.cancelled) {
					served = this.waiters.poll();
				}
				if (served != null) {
					this.nextFree = now + this.intervalNanos;
				}
			}
			if (this.waiters.isEmpty()) {
				this.serving = false;
			}
			else {
				delay = Math.max(0, this.nextFree - now);
			}
		}
		if (served != null) {
			served.sink.success();
		}
		if (delay >= 0) {
			schedule(delay);
		}
	}

	private void schedule(long delayNanos) {
		Schedulers.parallel().schedule(this::serve, delayNanos, TimeUnit.NANOSECONDS);
	}

	/** The parallel scheduler's clock, so that Reactor's virtual time drives it in tests. */
	private static long now() {
		return Schedulers.parallel().now(TimeUnit.NANOSECONDS);
	}

	@Override
	public String toString() {
		return (this.intervalNanos == 0) ? "RateLimiter[unlimited]" : "RateLimiter[every " + this.intervalNanos + "ns]";
	}

	/** A caller waiting for its slot. */
	private static final class Waiter {

		final MonoSink<Void> sink;

		volatile boolean cancelled;

		Waiter(MonoSink<Void> sink) {
			this.sink = sink;
		}

		void cancel() {
			this.cancelled = true;
		}

	}

}
