package dev.dbtokens.client;

import java.net.URL;
import java.net.URLClassLoader;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The wheel that times call deadlines, in real time: it fires once the delay has passed, never
 * before, and not at all once the call ended first.
 */
class DeadlineTimerTests {

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
	void theWheelsThreadKeepsNoApplicationClassLoader() throws Exception {
		// As under Spring Boot DevTools: the first call comes from a thread whose context class
		// loader is the application's, which a restart replaces.
		ClassLoader application = new URLClassLoader(new URL[0], getClass().getClassLoader());
		AtomicReference<Thread> made = new AtomicReference<>();
		Thread caller = new Thread(() -> made.set(DeadlineTimer.Wheel.daemon().newThread(() -> {
		})));
		caller.setContextClassLoader(application);
		caller.start();
		caller.join();

		assertThat(made.get().getContextClassLoader()).isNotSameAs(application)
			.isSameAs(DeadlineTimer.Wheel.class.getClassLoader());
		assertThat(made.get().isDaemon()).isTrue();
		assertThat(made.get().getName()).isEqualTo("databricks-tokens-deadlines");
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
