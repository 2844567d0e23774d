package dev.dbtokens.test.lifecycle;

import java.time.Duration;
import java.time.Instant;

import dev.dbtokens.client.RetrySettings;
import dev.dbtokens.client.TokensClient;
import dev.dbtokens.client.rotation.RotationPolicy;
import dev.dbtokens.client.rotation.TokenRotation;
import dev.dbtokens.test.DatabricksEmulator;
import dev.dbtokens.test.DatabricksEmulatorExtension;
import dev.dbtokens.test.MutableClock;
import dev.dbtokens.test.Operation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.test.scheduler.VirtualTimeScheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.awaitility.Awaitility.await;

/**
 * The checks as {@link TokenRotation#start} schedules them, timed by a virtual-time scheduler.
 */
class TokenRotationSchedulingTests {

	static final MutableClock clock = MutableClock.at(Instant.parse("2025-01-06T09:00:00Z"));

	@RegisterExtension
	static DatabricksEmulatorExtension databricks = new DatabricksEmulatorExtension(
			DatabricksEmulator.builder().withDefaultPrincipal().clock(clock));

	static final RotationPolicy POLICY = RotationPolicy.builder("etl", Duration.ofDays(1)).checkInterval(Duration.ofMinutes(5)).build();

	private final VirtualTimeScheduler scheduler = VirtualTimeScheduler.create();

	private final RotationRecorder recorder = new RotationRecorder();

	private TokenRotation rotation;

	@BeforeEach
	void connect() {
		TokensClient client = TokensClient.builder()
			.retry(RetrySettings.noRetries()) // the faults test the lifecycle's own handling
			.host(databricks.baseUrl())
			.token(databricks.defaultToken())
			.build();
		this.rotation = TokenRotation.create(client, POLICY, this.recorder, clock);
	}

	@AfterEach
	void stop() {
		this.rotation.close();
		this.scheduler.dispose();
	}

	@Test
	void checksAtOnceThenEveryIntervalUntilStopped() {
		this.rotation.start(this.scheduler);
		this.scheduler.advanceTime();
		await().until(() -> this.recorder.rotated.size() == 1);
		assertThat(this.rotation.isRunning()).isTrue();

		for (int i = 1; i <= 3; i++) {
			this.scheduler.advanceTimeBy(POLICY.checkInterval());
			int expected = i + 1;
			await().until(() -> lists() == expected);
		}
		this.rotation.stop();
		this.scheduler.advanceTimeBy(POLICY.checkInterval().multipliedBy(10));

		assertThat(this.rotation.isRunning()).isFalse();
		await().during(Duration.ofMillis(200)).atMost(Duration.ofSeconds(2)).until(() -> lists() == 4);
	}

	@Test
	void aCheckStillRunningWhenTheNextIsDueMakesThatOneSkip() {
		this.rotation.start(this.scheduler);
		this.scheduler.advanceTime();
		await().until(() -> this.recorder.rotated.size() == 1);
		databricks.emulator().faults().next().matching(Operation.LIST).delay(Duration.ofMillis(300));

		this.scheduler.advanceTimeBy(POLICY.checkInterval());
		this.scheduler.advanceTimeBy(POLICY.checkInterval());

		await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(3)).until(() -> lists() == 2);
		this.scheduler.advanceTimeBy(POLICY.checkInterval());
		await().until(() -> lists() == 3);
	}

	@Test
	void startingTwiceIsRefusedAndStartingAfterStopWorks() {
		this.rotation.start(this.scheduler);

		assertThatIllegalStateException().isThrownBy(() -> this.rotation.start(this.scheduler)).withMessageContaining("'etl'");
		this.rotation.stop();
		this.rotation.start(this.scheduler);
		assertThat(this.rotation.isRunning()).isTrue();
	}

	private static long lists() {
		return databricks.emulator().journal().stream().filter((request) -> request.operation() == Operation.LIST).count();
	}

}
