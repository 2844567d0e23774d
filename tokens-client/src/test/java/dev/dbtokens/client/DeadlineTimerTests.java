package dev.dbtokens.client;

import java.lang.ref.WeakReference;
import java.net.URL;
import java.net.URLClassLoader;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The wheel that times call deadlines, in real time: it fires once the delay has passed, never
 * before, and not at all once the call ended first; its thread keeps no application class loader.
 */
class DeadlineTimerTests {

	private static final InheritableThreadLocal<Object> APPLICATION_STATE = new InheritableThreadLocal<>();

	@Test
	void firesOnceTheDelayHasPassed() {
		long started = System.nanoTime();

		StepVerifier.create(DeadlineTimer.WHEEL.after(Duration.ofMillis(80))).expectNextCount(1).expectComplete().verify(Duration.ofSeconds(5));

		assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(80));
	}

	@Test
	void aCancelledTimerNeverFires() throws InterruptedException {
		AtomicBoolean fired = new AtomicBoolean();
		Disposable armed = DeadlineTimer.WHEEL.after(Duration.ofMillis(50)).subscribe((tick) -> fired.set(true));

		armed.dispose();
		Thread.sleep(300);

		assertThat(fired).isFalse();
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
		StepVerifier.create(DeadlineTimer.WHEEL.after(Duration.ofDays(365L * 1_000)))
			.expectSubscription()
			.expectNoEvent(Duration.ofMillis(50))
			.thenCancel()
			.verify(Duration.ofSeconds(5));
	}

}
