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
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A check the application asks for ({@link TokenRotation#checkNow()}) running beside
 * {@link TokenRotation#retire()} never leaves a token of the retired instance live: the retirement
 * waits for the check in flight, and no check starts after it until the rotation starts again.
 */
class RotationRetireRaceTests {

	static final String TAG = "rotation:race";

	static final MutableClock clock = MutableClock.at(Instant.parse("2025-01-06T09:00:00Z"));

	@RegisterExtension
	static DatabricksEmulatorExtension databricks = new DatabricksEmulatorExtension(
			DatabricksEmulator.builder().withDefaultPrincipal().clock(clock));

	static final RotationPolicy POLICY = RotationPolicy.builder("race", Duration.ofDays(1)).build();

	private final TokensClient client = TokensClient.builder()
		.retry(RetrySettings.noRetries())
		.host(databricks.baseUrl())
		.token(databricks.defaultToken())
		.build();

	@Test
	void retiringWhileACheckIsCreatingRevokesTheTokenItCreates() {
		TokenRotation rotation = TokenRotation.create(this.client, POLICY, (token) -> {
		}, clock);
		databricks.emulator().faults().next().matching(Operation.CREATE).delay(Duration.ofMillis(300));
		rotation.checkNow().subscribe();
		awaitCreateInFlight();

		rotation.retire().block(Duration.ofSeconds(10));

		assertThat(RotationTokens.tagged(databricks.emulator(), TAG))
			.filteredOn((token) -> token.comment().endsWith("@" + rotation.instanceId()))
			.isEmpty();
		assertThat(rotation.current()).isEmpty();
	}

	@Test
	void aCheckAskedForAfterRetiringCreatesNothingUntilTheRotationStartsAgain() {
		TokenRotation rotation = TokenRotation.create(this.client, POLICY, (token) -> {
		}, clock);
		rotation.retire().block(Duration.ofSeconds(10));

		rotation.checkNow().block(Duration.ofSeconds(10));

		assertThat(RotationTokens.tagged(databricks.emulator(), TAG))
			.filteredOn((token) -> token.comment().endsWith("@" + rotation.instanceId()))
			.isEmpty();
	}

	@RepeatedTest(40)
	void checkAndRetireRacedLeaveNoTokenOfTheInstance() {
		TokenRotation rotation = TokenRotation.create(this.client, POLICY, (token) -> {
		}, clock);
		Mono<Void> check = rotation.checkNow().subscribeOn(Schedulers.parallel());
		Mono<Void> retire = rotation.retire().then().subscribeOn(Schedulers.parallel());

		Mono.when(check, retire).block(Duration.ofSeconds(10));

		assertThat(RotationTokens.tagged(databricks.emulator(), TAG))
			.filteredOn((token) -> token.comment().endsWith("@" + rotation.instanceId()))
			.isEmpty();
	}

	private static void awaitCreateInFlight() {
		long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
		while (databricks.emulator().faults().pending() > 0 && System.nanoTime() < deadline) {
			Thread.onSpinWait();
		}
	}

}
