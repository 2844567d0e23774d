package dev.dbtokens.client.internal.call;

import java.security.AccessController;
import java.security.PrivilegedAction;
import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;
import java.util.function.Supplier;

import io.netty.util.HashedWheelTimer;
import io.netty.util.Timeout;
import io.netty.util.TimerTask;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Subscription;
import reactor.core.CoreSubscriber;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Operators;
import reactor.core.scheduler.NonBlocking;
import reactor.core.scheduler.Schedulers;
import reactor.util.context.Context;

/**
 * Bounds each call by its deadline: {@link #bound} gives the call failing with the given error
 * once the delay has passed (the call is then cancelled), or the call's own outcome when it ends
 * first (the timer is then disarmed).
 *
 * <p>{@link #WHEEL}, what clients use, is Netty's {@link HashedWheelTimer}: arming and disarming
 * are lock-free enqueues and its one thread ticks every 10 ms however many calls are in flight;
 * one object per call is both the timer's task and the subscriber between the call and its
 * caller. {@code Mono.timeout(Duration)} arms a task on Reactor's parallel scheduler instead,
 * which wakes one of its threads whenever the new task is the earliest, so for nearly every call
 * when calls come one at a time: about 16 µs of CPU per call at concurrency 1 on two cores, against
 * about 1 µs for the wheel ({@code DeadlineTimers} in the benchmarks module); and
 * {@code Mono.timeout(Publisher)} over the wheel costs three subscribers and a sink per call, about
 * 1.7 KB. {@link #REACTOR} follows Reactor's virtual time, for tests.
 */
public interface DeadlineTimer {

	/** The timer every client shares: Netty's hashed wheel, its thread made at the first call. */
	DeadlineTimer WHEEL = Wheel::bound;

	/** {@code Mono.timeout} on a {@code Mono.delay} on Reactor's parallel scheduler, which tests replace with virtual time. */
	DeadlineTimer REACTOR = DeadlineTimer::onReactorTime;

	/**
	 * The call, failing with {@code expired}'s exception (the call cancelled) unless it ends
	 * within {@code delay}.
	 */
	<T> Mono<T> bound(Mono<T> call, Duration delay, Supplier<? extends Throwable> expired);

	private static <T> Mono<T> onReactorTime(Mono<T> call, Duration delay, Supplier<? extends Throwable> expired) {
		return call.timeout(Mono.delay(Duration.ofNanos(Durations.saturatedNanos(delay))), Mono.error(expired));
	}

	/** Holds the wheel, so that it and its thread are made at the first call, not at start-up. */
	final class Wheel {

		private static final HashedWheelTimer TIMER = new HashedWheelTimer(daemon(), 10, TimeUnit.MILLISECONDS, 512);

		private Wheel() {
		}

		static <T> Mono<T> bound(Mono<T> call, Duration delay, Supplier<? extends Throwable> expired) {
			return Bounded.of(call, Durations.saturatedNanos(delay), expired);
		}

		/** Calls armed and not yet ended or fired. */
		static long pending() {
			return TIMER.pendingTimeouts();
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
				Thread thread = new WheelThread(task);
				thread.setDaemon(true);
				thread.setContextClassLoader(Wheel.class.getClassLoader());
				return thread;
			});
		}

		/**
		 * Marked {@link NonBlocking}: Reactor refuses {@code block()} on it at once, should any code
		 * ever run there, rather than stopping every deadline of the JVM.
		 */
		private static final class WheelThread extends Thread implements NonBlocking {

			WheelThread(Runnable task) {
				super(null, task, "databricks-tokens-deadlines", 0, false);
			}

		}

		/** A call bounded on the wheel: each subscription arms a timer of its own. */
		private static final class Bounded<T> extends Mono<T> {

			private final Mono<T> call;

			private final long nanos;

			private final Supplier<? extends Throwable> expired;

			private Bounded(Mono<T> call, long nanos, Supplier<? extends Throwable> expired) {
				this.call = call;
				this.nanos = nanos;
				this.expired = expired;
			}

			/** Made as Reactor's own operators are, through its assembly hooks. */
			static <T> Mono<T> of(Mono<T> call, long nanos, Supplier<? extends Throwable> expired) {
				return onAssembly(new Bounded<>(call, nanos, expired));
			}

			@Override
			public void subscribe(CoreSubscriber<? super T> actual) {
				Armed<T> armed = new Armed<>(actual, this.expired);
				actual.onSubscribe(armed);
				armed.arm(TIMER.newTimeout(armed, this.nanos, TimeUnit.NANOSECONDS));
				this.call.subscribe(armed);
			}

		}

		/**
		 * Between the call and its caller: whichever comes first, the call's end or the timer,
		 * settles the outcome (one compare-and-set); the other is then dropped. A value ends the
		 * race: the completion that follows it is passed on.
		 */
		private static final class Armed<T> extends Operators.DeferredSubscription implements CoreSubscriber<T>, TimerTask {

			@SuppressWarnings("rawtypes")
			private static final AtomicIntegerFieldUpdater<Armed> SETTLED = AtomicIntegerFieldUpdater.newUpdater(Armed.class, "settled");

			private final CoreSubscriber<? super T> actual;

			private final Supplier<? extends Throwable> expired;

			private volatile int settled;

			private volatile @Nullable Timeout timeout;

			/** Only read and written by the call's signals, which come one after the other. */
			private boolean valued;

			Armed(CoreSubscriber<? super T> actual, Supplier<? extends Throwable> expired) {
				this.actual = actual;
				this.expired = expired;
			}

			void arm(Timeout timeout) {
				this.timeout = timeout;
				if (this.settled != 0) {
					timeout.cancel();
				}
			}

			/** Settles the outcome for the call's side, disarming the timer; false when it was settled already. */
			private boolean settle() {
				if (!SETTLED.compareAndSet(this, 0, 1)) {
					return false;
				}
				Timeout armed = this.timeout;
				if (armed != null) {
					armed.cancel();
				}
				return true;
			}

			@Override
			public Context currentContext() {
				return this.actual.currentContext();
			}

			@Override
			public void onSubscribe(Subscription subscription) {
				set(subscription);
			}

			@Override
			public void onNext(T value) {
				if (settle()) {
					this.valued = true;
					this.actual.onNext(value);
				}
				else {
					Operators.onNextDropped(value, currentContext());
				}
			}

			@Override
			public void onError(Throwable error) {
				if (this.valued || settle()) {
					this.actual.onError(error);
				}
				else {
					Operators.onErrorDropped(error, currentContext());
				}
			}

			@Override
			public void onComplete() {
				if (this.valued || settle()) {
					this.actual.onComplete();
				}
			}

			@Override
			public void cancel() {
				settle();
				super.cancel();
			}

			@Override
			@SuppressWarnings("rawtypes") // Reactor's Scannable declares the raw type
			public @Nullable Object scanUnsafe(Attr key) {
				if (key == Attr.ACTUAL) {
					return this.actual;
				}
				if (key == Attr.TERMINATED) {
					return this.settled != 0;
				}
				return super.scanUnsafe(key);
			}

			/**
			 * The deadline has passed: the outcome is settled here, on the wheel's thread; the call is
			 * cancelled and the caller gets the error on Reactor's parallel scheduler, as with
			 * {@code Mono.timeout}, so that the caller's code (which may block, or take its time)
			 * never runs on the one thread that times every call of the JVM.
			 */
			@Override
			public void run(Timeout fired) {
				if (SETTLED.compareAndSet(this, 0, 1)) {
					try {
						Schedulers.parallel().schedule(this::expire);
					}
					catch (RejectedExecutionException ex) { // the scheduler was disposed: the application is going
						expire();
					}
				}
			}

			private void expire() {
				super.cancel();
				Throwable error;
				try {
					error = this.expired.get();
				}
				catch (Throwable ex) { // whatever it is, the caller gets a signal
					error = ex;
				}
				this.actual.onError(error);
			}

		}

	}

}
