package dev.dbtokens.client.autoconfigure.lifecycle;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

import dev.dbtokens.client.autoconfigure.diagnostics.InvalidDatabricksPropertyException;
import dev.dbtokens.client.lifecycle.RevocationReport;
import dev.dbtokens.client.rotation.TokenRotation;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;
import org.springframework.context.ApplicationListener;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.ContextClosedEvent;

/**
 * The life of the configured rotations, in one place: their orphan cleanups handed to the
 * {@link TokenJobs} once every bean exists; started with the context in the phase {@link #PHASE}
 * (after the web server has finished its requests when the context closes, before the HTTP
 * client's resources go); paused and started again with it (Spring's test framework pauses a cached
 * context it switches away from); and retired once when it ends, however it ends.
 *
 * <p>Retiring ends the checks, and the rotations with {@code databricks.rotation.<name>.revoke-on-stop}
 * (the default) revoke this instance's tokens ({@link TokenRotation#retire()}) within nine tenths
 * of {@code spring.lifecycle.timeout-per-shutdown-phase}, logging at WARN what they could not do.
 * A context ends in one of three ways, each leading to the same retirement: it closes while
 * running (its lifecycle beans are stopped), it closes while paused (they are not stopped again,
 * so the close event retires), or its start fails after the rotations started (its beans are
 * destroyed without a close event).
 */
final class TokenRotationsLifecycle
		implements SmartLifecycle, SmartInitializingSingleton, ApplicationListener<ContextClosedEvent>, ApplicationContextAware, DisposableBean {

	/**
	 * Below the web server's graceful shutdown ({@code DEFAULT_PHASE - 1024}) and the server itself
	 * ({@code DEFAULT_PHASE - 2048}), so stopped after them; above Reactor Netty's resources (phase 0).
	 */
	static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;

	private static final Log logger = LogFactory.getLog(ConfiguredTokenRotations.class);

	/** Where the rotations are; only ever moves forward, but for a pause and a start again. */
	private enum State {

		NEW, RUNNING, PAUSED, CLOSING, RETIRED

	}

	private final ConfiguredTokenRotations rotations;

	private final ObjectProvider<TokenJobs> jobs;

	private final Duration revokeWithin;

	private final AtomicReference<State> state = new AtomicReference<>(State.NEW);

	private @Nullable ApplicationContext context;

	/**
	 * @param jobs where the orphan cleanups go; through a provider, as a dependency would make the
	 * context stop the rotations with the jobs, in the jobs' phase, before the web server has finished
	 * @param shutdownPhase {@code spring.lifecycle.timeout-per-shutdown-phase}: the revocations are
	 * given nine tenths of it, so that what they could not do is logged before Spring moves on
	 */
	TokenRotationsLifecycle(ConfiguredTokenRotations rotations, ObjectProvider<TokenJobs> jobs, Duration shutdownPhase) {
		this.rotations = rotations;
		this.jobs = jobs;
		this.revokeWithin = shutdownPhase.multipliedBy(9).dividedBy(10);
	}

	@Override
	public void setApplicationContext(ApplicationContext context) {
		this.context = context;
	}

	/** Hands each rotation's orphan cleanup to the jobs; a name too long for the lock fails the start. */
	@Override
	public void afterSingletonsInstantiated() {
		this.rotations.byName().forEach((name, rotation) -> InvalidDatabricksPropertyException.whenRefused("databricks.rotation",
				Map.of(name, "Give the rotation a shorter name, or set a shorter databricks.lifecycle.lock.name-prefix: its orphan "
						+ "cleanup's lock name is too long."),
				() -> OrphanCleanup.schedule(name, rotation, this.jobs.getObject())));
	}

	@Override
	public void start() {
		if (this.state.compareAndSet(State.NEW, State.RUNNING) || this.state.compareAndSet(State.PAUSED, State.RUNNING)) {
			this.rotations.byName().values().forEach(TokenRotation::start);
		}
	}

	/** Marks the context closing; one closed while paused is not stopped again, so it retires here. */
	@Override
	public void onApplicationEvent(ContextClosedEvent event) {
		if (event.getApplicationContext() != this.context) {
			return;
		}
		if (!this.state.compareAndSet(State.RUNNING, State.CLOSING) && this.state.get() == State.PAUSED) {
			retireAndWait();
		}
	}

	/** Retires when the context closes; otherwise pauses (the checks stop until a start). */
	@Override
	public void stop(Runnable callback) {
		if (this.state.get() == State.CLOSING) {
			retire(callback);
		}
		else {
			if (this.state.compareAndSet(State.RUNNING, State.PAUSED)) {
				this.rotations.byName().values().forEach(TokenRotation::stop);
			}
			callback.run();
		}
	}

	@Override
	public void stop() {
		CountDownLatch stopped = new CountDownLatch(1);
		stop(stopped::countDown);
		await(stopped);
	}

	/** Retires the rotations of a context whose start failed after they started. */
	@Override
	public void destroy() {
		State now = this.state.get();
		if (now == State.RUNNING || now == State.PAUSED || now == State.CLOSING) {
			retireAndWait();
		}
	}

	@Override
	public boolean isRunning() {
		State now = this.state.get();
		return now == State.RUNNING || now == State.CLOSING;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

	private void retireAndWait() {
		CountDownLatch retired = new CountDownLatch(1);
		retire(retired::countDown);
		await(retired);
	}

	/** The one way out: at most once, whichever of the three ends comes first. */
	private void retire(Runnable done) {
		if (this.state.getAndSet(State.RETIRED) == State.RETIRED) {
			done.run();
			return;
		}
		List<Mono<Void>> retiring = new ArrayList<>();
		this.rotations.byName().forEach((name, rotation) -> {
			if (this.rotations.revokesOnStop(name)) {
				retiring.add(retire(name, rotation));
			}
			else {
				rotation.stop();
			}
		});
		Mono.when(retiring).doFinally((signal) -> done.run()).subscribe();
	}

	private Mono<Void> retire(String name, TokenRotation rotation) {
		String what = "Token rotation '" + name + "' (instance " + rotation.instanceId() + ")";
		return rotation.retire().timeout(this.revokeWithin).doOnNext((report) -> log(what, report)).onErrorResume((ex) -> {
			String why = (ex instanceof TimeoutException) ? "did not finish revoking its tokens within " + this.revokeWithin.toMillis()
					+ " ms (9/10 of spring.lifecycle.timeout-per-shutdown-phase)"
					: "could not list its tokens to revoke them (" + ex.getMessage() + ")";
			logger.warn(what + ": " + why + " on stop; they stay valid until they expire (lifetime "
					+ rotation.policy().lifetime() + ")");
			return Mono.empty();
		}).then();
	}

	private static void log(String what, RevocationReport report) {
		if (!report.failed().isEmpty()) {
			logger.warn(what + ": revoked " + report.revoked().size() + " of its tokens on stop; " + report.failed().size()
					+ " could not be revoked and expire by their lifetime: " + report.failed());
		}
		else if (logger.isInfoEnabled()) {
			logger.info(what + ": revoked its " + report.revoked().size() + " token(s) on stop");
		}
	}

	private void await(CountDownLatch latch) {
		try {
			latch.await(this.revokeWithin.toMillis() + 1_000, TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
