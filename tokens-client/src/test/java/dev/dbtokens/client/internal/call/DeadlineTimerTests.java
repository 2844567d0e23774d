package dev.dbtokens.client.internal.call;

import java.lang.ref.WeakReference;
import java.net.URL;
import java.net.URLClassLoader;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;
import reactor.core.Disposable;
import reactor.core.Scannable;
import reactor.core.publisher.BaseSubscriber;
import reactor.core.publisher.Hooks;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Operators;
import reactor.core.publisher.Sinks;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The wheel that bounds calls by their deadline, in real time: it fails and cancels the call once
 * the delay has passed, never before, and not at all once the call ended first or was cancelled,
 * disarming its timer; its thread keeps no application class loader.
 */
class DeadlineTimerTests {

	private static final InheritableThreadLocal<Object> APPLICATION_STATE = new InheritableThreadLocal<>();

	private static final Supplier<Throwable> LATE = () -> new IllegalStateException("late");

	@Test
	void failsTheCallOnceTheDelayHasPassedAndCancelsIt() {
		AtomicBoolean cancelled = new AtomicBoolean();
		long started = System.nanoTime();

		StepVerifier.create(DeadlineTimer.WHEEL.bound(Mono.never().doOnCancel(() -> cancelled.set(true)), Duration.ofMillis(80), LATE))
			.expectErrorMessage("late")
			.verify(Duration.ofSeconds(5));

		assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(80));
		assertThat(cancelled).isTrue();
	}

	@Test
	void theCallerGetsTheDeadlineOnReactorsParallelSchedulerWhereBlockingIsRefusedAtOnce() {
		Mono<String> late = DeadlineTimer.WHEEL.bound(Mono.never(), Duration.ofMillis(20), LATE);

		StepVerifier.create(late.onErrorResume((ex) -> Mono.just(Thread.currentThread().getName())))
			.assertNext((thread) -> assertThat(thread).startsWith("parallel-"))
			.verifyComplete();
		// A caller blocking on the next call where the deadline reached it: refused, not a deadlock of every deadline.
		StepVerifier.create(late.onErrorResume((ex) -> Mono.fromCallable(() -> late.onErrorReturn("fallback").block())))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(IllegalStateException.class).hasMessageContaining("blocking"))
			.verify(Duration.ofSeconds(5));
		StepVerifier.create(late).expectErrorMessage("late").verify(Duration.ofSeconds(5));
	}

	@Test
	void anErrorOfTheDeadlinesOwnSupplierStillEndsTheCall() {
		StepVerifier.create(DeadlineTimer.WHEEL.bound(Mono.never(), Duration.ofMillis(20), () -> {
			throw new AssertionError("supplier broke");
		})).expectErrorSatisfies((ex) -> assertThat(ex).isExactlyInstanceOf(AssertionError.class).hasMessage("supplier broke"))
			.verify(Duration.ofSeconds(5));
	}

	@Test
	void aCallEndingFirstKeepsItsOutcomeAndDisarmsItsTimer() throws InterruptedException {
		long before = DeadlineTimer.Wheel.pending();

		StepVerifier.create(DeadlineTimer.WHEEL.bound(Mono.just("answer"), Duration.ofHours(1), LATE)).expectNext("answer").verifyComplete();
		StepVerifier.create(DeadlineTimer.WHEEL.bound(Mono.empty(), Duration.ofHours(1), LATE)).verifyComplete();
		StepVerifier.create(DeadlineTimer.WHEEL.bound(Mono.error(new IllegalStateException("refused")), Duration.ofHours(1), LATE))
			.expectErrorMessage("refused")
			.verify();
		StepVerifier.create(DeadlineTimer.WHEEL.bound(Mono.delay(Duration.ofMillis(20)), Duration.ofHours(1), LATE))
			.expectNext(0L)
			.verifyComplete();

		awaitPending(before);
	}

	@Test
	void aCancelledCallNeverFailsLaterAndDisarmsItsTimer() throws InterruptedException {
		long before = DeadlineTimer.Wheel.pending();
		AtomicReference<Throwable> failed = new AtomicReference<>();
		AtomicBoolean cancelled = new AtomicBoolean();

		Disposable call = DeadlineTimer.WHEEL.bound(Mono.never().doOnCancel(() -> cancelled.set(true)), Duration.ofMillis(200), LATE)
			.subscribe(null, failed::set);
		long armed = DeadlineTimer.Wheel.pending();
		call.dispose();
		Thread.sleep(500);

		assertThat(armed).as("timers armed before the call was cancelled").isPositive();
		assertThat(cancelled).isTrue();
		assertThat(failed.get()).isNull();
		awaitPending(before);
	}

	@Test
	void aCallEndingAsItsDeadlinePassesGetsExactlyOneOutcome() throws InterruptedException {
		int calls = 2_000;
		CountDownLatch ended = new CountDownLatch(calls);
		AtomicInteger answered = new AtomicInteger();
		AtomicInteger late = new AtomicInteger();
		AtomicInteger wrong = new AtomicInteger();
		for (int i = 0; i < calls; i++) {
			AtomicInteger signals = new AtomicInteger();
			Mono<Long> call = Mono.delay(Duration.ofMillis(i % 30));
			DeadlineTimer.WHEEL.bound(call, Duration.ofMillis(15), LATE).subscribe((value) -> signals.incrementAndGet(), (ex) -> {
				(("late".equals(ex.getMessage()) && signals.getAndIncrement() == 0) ? late : wrong).incrementAndGet();
				ended.countDown();
			}, () -> {
				(signals.get() == 1 ? answered : wrong).incrementAndGet();
				ended.countDown();
			});
		}

		assertThat(ended.await(10, TimeUnit.SECONDS)).as("every call ended").isTrue();
		Thread.sleep(100); // a second outcome would come by now
		assertThat(wrong).hasValue(0);
		assertThat(answered.get() + late.get()).isEqualTo(calls);
		assertThat(answered).hasPositiveValue();
		assertThat(late).hasPositiveValue();
	}

	@Test
	void aSignalOfTheCallAfterItsDeadlineNeverReachesTheCaller() throws InterruptedException {
		AtomicReference<Subscriber<? super String>> call = new AtomicReference<>();
		Mono<String> ignoresCancel = Mono.from((subscriber) -> {
			subscriber.onSubscribe(Operators.emptySubscription());
			call.set(subscriber);
		});
		List<Object> dropped = new CopyOnWriteArrayList<>();
		Hooks.onNextDropped(dropped::add);
		Hooks.onErrorDropped(dropped::add);
		try {
			StepVerifier.create(DeadlineTimer.WHEEL.bound(ignoresCancel, Duration.ofMillis(20), LATE))
				.expectErrorMessage("late")
				.verify(Duration.ofSeconds(5));
			IllegalStateException refused = new IllegalStateException("refused");
			call.get().onNext("answer");
			call.get().onError(refused);

			assertThat(dropped).containsExactly("answer", refused);
		}
		finally {
			Hooks.resetOnNextDropped();
			Hooks.resetOnErrorDropped();
		}
	}

	@Test
	void showsReactorsToolsWhoItsCallerIsAndWhetherItEnded() {
		AtomicReference<Subscription> between = new AtomicReference<>();
		BaseSubscriber<String> caller = new BaseSubscriber<>() {

			@Override
			protected void hookOnSubscribe(Subscription subscription) {
				between.set(subscription);
			}

		};
		Sinks.One<String> answer = Sinks.one();
		DeadlineTimer.WHEEL.bound(answer.asMono(), Duration.ofHours(1), LATE).subscribe(caller);
		Scannable armed = Scannable.from(between.get());
		assertThat(armed.scanUnsafe(Scannable.Attr.ACTUAL)).isSameAs(caller);
		assertThat(armed.scan(Scannable.Attr.TERMINATED)).isFalse();

		caller.request(1);
		answer.tryEmitValue("answer");

		assertThat(armed.scan(Scannable.Attr.TERMINATED)).isTrue();
		assertThat(armed.scan(Scannable.Attr.CANCELLED)).isFalse();
		AtomicReference<Subscription> another = new AtomicReference<>();
		Disposable cancelled = DeadlineTimer.WHEEL.bound(Mono.never(), Duration.ofHours(1), LATE)
			.doOnSubscribe(another::set)
			.subscribe();
		cancelled.dispose();
		assertThat(Scannable.from(another.get()).scan(Scannable.Attr.CANCELLED)).isTrue();
	}

	/**
	 * Disarmed timers leave the wheel at its next tick (every 10 ms); timers other tests disarmed
	 * may leave meanwhile, so the count can only fall back to what it was, or below.
	 */
	private static void awaitPending(long before) throws InterruptedException {
		for (int i = 0; i < 100 && DeadlineTimer.Wheel.pending() > before; i++) {
			Thread.sleep(10);
		}
		assertThat(DeadlineTimer.Wheel.pending()).as("timers still armed").isLessThanOrEqualTo(before);
	}

	@Test
	void theWheelsThreadKeepsNothingOfTheApplicationThatMadeIt() throws Exception {
		CountDownLatch end = new CountDownLatch(1);
		AtomicReference<Thread> made = new AtomicReference<>();
		WeakReference<ClassLoader> application = madeByAnApplication(end, made);
		try {
			for (int i = 0; i < 40 && application.get() != null; i++) {
				System.gc();
				Thread.sleep(25);
			}
			assertThat(application.get()).as("the application's class loader, once nothing else holds it").isNull();
			assertThat(made.get().isDaemon()).isTrue();
			assertThat(made.get().getName()).isEqualTo("databricks-tokens-deadlines");
		}
		finally {
			end.countDown();
			made.get().join(5_000);
		}
	}

	/**
	 * As under Spring Boot DevTools, whose restarts replace the application's class loader: the
	 * wheel's thread is made by application code, on a thread whose context class loader and
	 * inheritable thread-local hold the application's classes; the thread is then started.
	 */
	private static WeakReference<ClassLoader> madeByAnApplication(CountDownLatch end, AtomicReference<Thread> made)
			throws Exception {
		URL testClasses = ApplicationCode.class.getProtectionDomain().getCodeSource().getLocation();
		URLClassLoader application = new URLClassLoader(new URL[] { testClasses }, ClassLoader.getPlatformClassLoader());
		@SuppressWarnings("unchecked")
		Function<Object[], Object> code = (Function<Object[], Object>) application.loadClass(ApplicationCode.class.getName())
			.getDeclaredConstructor()
			.newInstance();
		Runnable task = () -> {
			try {
				end.await();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		};
		Thread caller = new Thread(() -> {
			APPLICATION_STATE.set(code);
			made.set((Thread) code.apply(new Object[] { DeadlineTimer.Wheel.daemon(), task }));
		});
		caller.setContextClassLoader(application);
		caller.start();
		caller.join();
		made.get().start();
		application.close();
		return new WeakReference<>(application);
	}

	@Test
	void aDeadlineCenturiesAwayIsArmedWithoutOverflow() {
		StepVerifier.create(DeadlineTimer.WHEEL.bound(Mono.never(), Duration.ofDays(365L * 1_000), LATE))
			.expectSubscription()
			.expectNoEvent(Duration.ofMillis(50))
			.thenCancel()
			.verify(Duration.ofSeconds(5));
	}

}
