package dev.dbtokens.client;

import java.security.AccessController;
import java.security.PrivilegedAction;
import java.time.Duration;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

import io.netty.util.HashedWheelTimer;
import io.netty.util.Timeout;
import reactor.core.publisher.Mono;

/**
 * Times the deadline of each call: {@link #after} gives a {@code Mono} that completes once the
 * delay has passed, and whose cancellation (the call ended first) disarms it.
 *
 * <p>{@link #WHEEL}, what clients use, is Netty's {@link HashedWheelTimer}: arming and disarming
 * are lock-free enqueues and its one thread ticks every 10 ms however many calls are in flight.
 * {@code Mono.timeout(Duration)} arms a task on Reactor's parallel scheduler instead, which wakes
 * one of its threads whenever the new task is the earliest, so for nearly every call when calls
 * come one at a time: about 16 µs of CPU per call at concurrency 1 on two cores, against about
 * 1 µs for the wheel ({@code DeadlineTimers} in the benchmarks module). {@link #REACTOR} follows
 * Reactor's virtual time, for tests.
 */
@FunctionalInterface
interface DeadlineTimer {

	/** The timer every client shares: Netty's hashed wheel, its thread made at the first call. */
	DeadlineTimer WHEEL = Wheel::after;

	/** {@code Mono.delay} on Reactor's parallel scheduler, which tests replace with virtual time. */
	DeadlineTimer REACTOR = (delay) -> Mono.delay(Duration.ofNanos(RetrySettings.saturatedNanos(delay)));

	/** Completes once {@code delay} has passed; cancelling it disarms the timer. */
	Mono<?> after(Duration delay);

	/** Holds the wheel, so that it and its thread are made at the first call, not at start-up. */
	final class Wheel {

		private static final HashedWheelTimer TIMER = new HashedWheelTimer(daemon(), 10, TimeUnit.MILLISECONDS, 512);

		private Wheel() {
		}

		static Mono<Long> after(Duration delay) {
			long nanos = RetrySettings.saturatedNanos(delay);
			return Mono.create((sink) -> {
				Timeout timeout = TIMER.newTimeout((fired) -> sink.success(0L), nanos, TimeUnit.NANOSECONDS);
				sink.onCancel(timeout::cancel);
			});
		}

		/**
		 * The wheel's thread: a daemon that keeps nothing of the thread that made the first call,
		 * which may run an application's code from a class loader meant to go (Spring Boot DevTools
		 * makes a new one at each restart) and which the thread, living as long as the JVM, would
		 * otherwise keep: its context class loader is this library's, it inherits no
		 * {@code InheritableThreadLocal} values, and it is made in a privileged block, so that it
		 * does not keep the protection domains of the caller's stack either (Java 17 keeps them in
		 * every new thread; Tomcat and Netty make their long-lived threads the same way).
		 */
		@SuppressWarnings("removal") // AccessController: deprecated, still what Java 17 needs here
		static ThreadFactory daemon() {
			return (task) -> AccessController.doPrivileged((PrivilegedAction<Thread>) () -> {
				Thread thread = new Thread(null, task, "databricks-tokens-deadlines", 0, false);
				thread.setDaemon(true);
				thread.setContextClassLoader(Wheel.class.getClassLoader());
				return thread;
			});
		}

	}

}
