package dev.dbtokens.client.autoconfigure.lifecycle;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import dev.dbtokens.client.lifecycle.RevocationReport;
import dev.dbtokens.client.rotation.TokenRotation;
import dev.dbtokens.client.rotation.TokenRotationRegistry;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;
import org.springframework.context.ApplicationListener;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.ContextClosedEvent;

/**
 * {@link TokenRotationRegistry} built at start-up, started and stopped with the context in the phase
 * {@link #PHASE}: after the web server has finished its requests when the context closes, before
 * the HTTP client's resources go. A pause (Spring's test framework pauses a cached context it
 * switches away from) only stops the checks, and a restart starts them again. Closing retires the
 * rotations with
 * {@code databricks.rotation.<name>.revoke-on-stop} (the default): their scheduled checks end and
 * this instance's tokens are revoked ({@link TokenRotation#retire()}, a check in flight let finish
 * first) within nine tenths of the shutdown phase's timeout
 * ({@code spring.lifecycle.timeout-per-shutdown-phase}), what could not be done logged at WARN
 * before the phase ends; the others only stop checking. A context closed while paused retires them
 * when it closes, as its lifecycle beans are not stopped again; one whose start fails after they
 * started retires them when its beans are destroyed.
 */
public final class ConfiguredTokenRotations implements TokenRotationRegistry, SmartLifecycle, ApplicationListener<ContextClosedEvent>,
		ApplicationContextAware, DisposableBean {

	/**
	 * Below the web server's graceful shutdown ({@code DEFAULT_PHASE - 1024}) and the server itself
	 * ({@code DEFAULT_PHASE - 2048}), so stopped after them; above Reactor Netty's resources (phase 0).
	 */
	static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;

	private static final Log logger = LogFactory.getLog(ConfiguredTokenRotations.class);

	private final Map<String, TokenRotation> rotations;

	private final Set<String> revokedOnStop;

	private final Duration revokeWithin;

	private volatile boolean running;

	private @Nullable ApplicationContext context;

	/** Set when the context closes, before its lifecycle beans stop: a stop without it is a pause. */
	private volatile boolean closing;

	/** Set by the first start: a context paused since then closes without stopping this bean again. */
	private volatile boolean started;

	/**
	 * @param rotations the rotations by name
	 * @param revokedOnStop the rotations whose tokens this instance revokes when it stops
	 * @param shutdownPhase {@code spring.lifecycle.timeout-per-shutdown-phase}: the revocations are
	 * given nine tenths of it, so that what they could not do is logged before Spring moves on
	 */
	ConfiguredTokenRotations(Map<String, TokenRotation> rotations, Set<String> revokedOnStop, Duration shutdownPhase) {
		this.rotations = Collections.unmodifiableMap(new LinkedHashMap<>(rotations));
		this.revokedOnStop = Set.copyOf(revokedOnStop);
		this.revokeWithin = shutdownPhase.multipliedBy(9).dividedBy(10);
	}

	@Override
	public TokenRotation get(String name) {
		TokenRotation rotation = this.rotations.get(name);
		if (rotation == null) {
			throw new IllegalArgumentException("No token rotation named '" + name + "': enabled are " + names()
					+ " (databricks.rotation.<name>.lifetime)");
		}
		return rotation;
	}

	@Override
	public Set<String> names() {
		return this.rotations.keySet();
	}

	@Override
	public void start() {
		this.rotations.values().forEach(TokenRotation::start);
		this.running = true;
		this.started = true;
	}

	@Override
	public void setApplicationContext(ApplicationContext context) {
		this.context = context;
	}

	/**
	 * Marks the context closing. A context that was paused (or stopped) since it started closes
	 * without stopping its lifecycle beans, which are not running: its rotations with
	 * {@code revoke-on-stop} retire here, or their tokens would outlive it.
	 */
	@Override
	public void onApplicationEvent(ContextClosedEvent event) {
		if (event.getApplicationContext() != this.context) {
			return;
		}
		this.closing = true;
		if (this.started && !this.running) {
			stop();
		}
	}

	/**
	 * Stops the rotations; when the context closes (not when it is paused, as Spring's test
	 * framework pauses a cached context it switches away from, to restart it later), those with
	 * {@code revoke-on-stop} also revoke this instance's tokens.
	 */
	@Override
	public void stop(Runnable callback) {
		if (!this.closing) {
			this.rotations.values().forEach(TokenRotation::stop);
			this.running = false;
			callback.run();
			return;
		}
		List<Mono<Void>> retiring = new ArrayList<>();
		this.rotations.forEach((name, rotation) -> {
			if (this.revokedOnStop.contains(name)) {
				retiring.add(retire(name, rotation));
			}
			else {
				rotation.stop();
			}
		});
		this.running = false;
		Mono.when(retiring).doFinally((signal) -> callback.run()).subscribe();
	}

	@Override
	public void stop() {
		CountDownLatch stopped = new CountDownLatch(1);
		stop(stopped::countDown);
		try {
			stopped.await(this.revokeWithin.toMillis() + 1_000, TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
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

	/**
	 * Retires the rotations with {@code revoke-on-stop} of a context whose start failed after they
	 * had started (e.g. the web server's port was taken): Spring stops its lifecycle beans then, as
	 * for a pause, and destroys its beans without a {@link ContextClosedEvent}. Does nothing after
	 * a close, which has retired them already, or when they never started.
	 */
	@Override
	public void destroy() {
		if (this.started && !this.closing) {
			this.closing = true;
			stop();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

	@Override
	public String toString() {
		return "TokenRotationRegistry" + names();
	}

}
