package dev.dbtokens.test.lifecycle;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.dbtokens.client.RetrySettings;
import dev.dbtokens.client.TokensClient;
import dev.dbtokens.client.rotation.RotatedToken;
import dev.dbtokens.client.rotation.RotationFailure.Step;
import dev.dbtokens.client.rotation.RotationPolicy;
import dev.dbtokens.client.rotation.TokenRotation;
import dev.dbtokens.test.DatabricksEmulator;
import dev.dbtokens.test.DatabricksEmulatorExtension;
import dev.dbtokens.test.EmulatedToken;
import dev.dbtokens.test.Faults;
import dev.dbtokens.test.MutableClock;
import dev.dbtokens.test.Operation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rotation's guarantees over two simulated weeks of hourly checks (one-day tokens replaced
 * with twelve hours left, two hours of grace), with faults injected at create, revoke and list.
 * After every move of the clock, before and after each check: one or two tokens carry the tag,
 * one of them is the token the application holds (live at the emulator's clock), and each token
 * handed over authenticates.
 */
class RotationInvariantsTests {

	static final String TAG = "rotation:svc";

	static final Instant START = Instant.parse("2025-01-06T00:00:00Z");

	static final int CHECKS = 2 * 7 * 24;

	static final int LAST_FAULT = CHECKS - 60;

	static final MutableClock clock = MutableClock.at(START);

	@RegisterExtension
	static DatabricksEmulatorExtension databricks = new DatabricksEmulatorExtension(
			DatabricksEmulator.builder().withDefaultPrincipal().clock(clock));

	private final RotationRecorder recorder = new RotationRecorder();

	private final ListAppender<ILoggingEvent> logs = new ListAppender<>();

	private String heldValue;

	@BeforeEach
	void captureLogs() {
		this.logs.start();
		root().addAppender(this.logs);
	}

	@AfterEach
	void releaseLogs() {
		root().detachAppender(this.logs);
		this.logs.stop();
	}

	@Test
	void keepsOneOrTwoTokensAndAlwaysAValidOneThroughWeeksOfChecksWithFaults() {
		clock.set(START);
		RotationPolicy policy = RotationPolicy.builder("svc", Duration.ofDays(1))
			.rotateAt(0.5)
			.grace(Duration.ofHours(2))
			.checkInterval(Duration.ofHours(1))
			.build();
		TokensClient client = TokensClient.builder()
			.retry(RetrySettings.noRetries()) // the faults test the lifecycle's own handling
			.host(databricks.baseUrl())
			.token(databricks.defaultToken())
			.build();
		TokenRotation rotation = TokenRotation.create(client, policy, this.recorder, clock);
		Faults faults = databricks.emulator().faults();
		int createFaults = 0;
		int lostCreates = 0;
		int revokeFaults = 0;
		int listFaults = 0;

		for (int check = 0; check < CHECKS; check++) {
			if (check > 0) {
				clock.advance(policy.checkInterval());
				assertInvariants(check, "before");
			}
			if (check < LAST_FAULT && check % 40 == 17) {
				faults.next(3).matching(Operation.CREATE).status503();
				createFaults += 3;
			}
			if (check < LAST_FAULT && check % 97 == 50) {
				faults.next().matching(Operation.CREATE).resetAfterHandling();
				lostCreates++;
			}
			if (check < LAST_FAULT && check % 55 == 30) {
				faults.next(2).matching(Operation.DELETE).respond(500);
				revokeFaults += 2;
			}
			if (check < LAST_FAULT && check % 61 == 5) {
				faults.next().matching(Operation.LIST).status503();
				listFaults++;
			}
			rotation.checkNow().block(Duration.ofSeconds(10));
			assertInvariants(check, "after");
		}

		assertThat(faults.pending()).as("every injected fault hit the rotation").isZero();
		assertThat(this.recorder.failures(Step.CREATE)).isEqualTo(createFaults + lostCreates);
		assertThat(this.recorder.failures(Step.REVOKE)).isEqualTo(revokeFaults);
		assertThat(this.recorder.failures(Step.LIST)).isEqualTo(listFaults);
		assertThat(this.recorder.rotated).hasSizeGreaterThanOrEqualTo(CHECKS / 13);
		assertThat(databricks.emulator().createdCount()).isEqualTo(this.recorder.rotated.size() + lostCreates);
		Set<String> live = tagged().stream().map(EmulatedToken::tokenId).collect(Collectors.toSet());
		assertThat(this.recorder.failures).filteredOn((failure) -> failure.step() == Step.REVOKE)
			.allSatisfy((failure) -> assertThat(live).doesNotContain(failure.tokenId()));
		List<String> values = this.recorder.rotated.stream().map(RotatedToken::value).toList();
		assertThat(values).doesNotHaveDuplicates();
		assertThat(this.logs.list).as("rotation log lines").isNotEmpty().allSatisfy((event) -> {
			String line = event.getFormattedMessage() + ((event.getThrowableProxy() != null) ? event.getThrowableProxy().getMessage() : "");
			assertThat(values).noneMatch(line::contains);
		});
	}

	private void assertInvariants(int check, String when) {
		List<EmulatedToken> tagged = tagged();
		assertThat(tagged).as("tagged tokens %s check %d", when, check).hasSizeBetween(1, 2);
		RotatedToken held = this.recorder.last();
		assertThat(tagged).extracting(EmulatedToken::tokenId).as("held token %s check %d", when, check)
			.contains(held.info().tokenId());
		if (!held.value().equals(this.heldValue)) {
			this.heldValue = held.value();
			TokensClient heldClient = TokensClient.builder()
				.retry(RetrySettings.noRetries()) // the faults test the lifecycle's own handling
				.host(databricks.baseUrl())
				.token(held.value())
				.build();
			assertThat(heldClient.blocking().list()).as("the new token authenticates, check %d", check).isNotEmpty();
		}
	}

	private static Logger root() {
		return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
	}

	private static List<EmulatedToken> tagged() {
		return RotationTokens.tagged(databricks.emulator(), TAG);
	}

}
