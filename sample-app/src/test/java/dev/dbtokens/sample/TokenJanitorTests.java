package dev.dbtokens.sample;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import dev.dbtokens.sample.janitor.TokenJanitor;
import dev.dbtokens.test.DatabricksEmulator;
import dev.dbtokens.test.DatabricksEmulatorExtension;
import dev.dbtokens.test.EmulatedToken;
import dev.dbtokens.test.MutableClock;
import dev.dbtokens.test.Operation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static dev.dbtokens.test.DatabricksEmulator.DEFAULT_PRINCIPAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The janitor, scheduled every 100 ms, against an emulator whose clock the test moves: the
 * application and the emulator share one {@link MutableClock}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.NONE, properties = { "sample.janitor.enabled=true",
		"sample.janitor.comment-prefix=ci-", "sample.janitor.max-age=1h", "sample.janitor.interval=100ms" })
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
class TokenJanitorTests {

	private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");

	private static final MutableClock clock = MutableClock.at(START);

	@RegisterExtension
	static DatabricksEmulatorExtension databricks = new DatabricksEmulatorExtension(
			DatabricksEmulator.builder().withDefaultPrincipal().clock(clock));

	@DynamicPropertySource
	static void databricks(DynamicPropertyRegistry registry) {
		registry.add("databricks.host", databricks::baseUrl);
		registry.add("databricks.token", databricks::defaultToken);
	}

	@Autowired
	TokenService tokens;

	@Autowired
	TokenJanitor janitor;

	@BeforeEach
	void startTheClock() {
		clock.set(START);
	}

	@Test
	void revokesMarkedTokensOlderThanTheMaximumAgeOnSchedule(CapturedOutput output) {
		String old = create("ci-nightly");
		String unmarked = create("keep-me");
		clock.advance(Duration.ofHours(2));
		String recent = create("ci-today");

		await().atMost(Duration.ofSeconds(5)).until(() -> !liveIds().contains(old));

		assertThat(liveIds()).contains(unmarked, recent).doesNotContain(old).hasSize(3);
		// The emulator revokes before it answers: the janitor logs once the answer is in.
		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(output.getAll()).contains("Janitor revoked token " + old + " ('ci-nightly'"));
	}

	@Test
	void logsTheCommentOfARevokedTokenOnOneLine(CapturedOutput output) {
		String old = create("ci-x\nERROR forged line");
		clock.advance(Duration.ofHours(2));

		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(output.getAll()).contains("Janitor revoked token " + old + " ('ci-x\\nERROR forged line'"));
		assertThat(output.getAll()).doesNotContain("\nERROR forged line");
	}

	@Test
	void keepsTokensUpToTheMaximumAge() {
		String marked = create("ci-borderline");
		clock.advance(Duration.ofHours(1));
		assertThat(this.janitor.sweep().block()).isZero();
		assertThat(liveIds()).contains(marked);
	}

	@Test
	void sweepsAgainAfterAFailedSweep(CapturedOutput output) {
		String old = create("ci-old");
		clock.advance(Duration.ofDays(1));
		databricks.emulator().faults().next().matching(Operation.LIST).respond(403);

		await().atMost(Duration.ofSeconds(5)).until(() -> !liveIds().contains(old));

		// A sweep that listed before the fault was queued may revoke the token first: the next one meets the fault.
		await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(output.getAll())
			.contains("Janitor sweep failed, trying again in PT0.1S: token/list failed: HTTP 403"));
	}

	private String create(String comment) {
		return this.tokens.create(comment, Duration.ofDays(7)).block().tokenInfo().tokenId();
	}

	private java.util.List<String> liveIds() {
		return databricks.emulator().tokens(DEFAULT_PRINCIPAL).stream().map(EmulatedToken::tokenId).toList();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class SharedClock {

		@Bean
		Clock clock() {
			return clock;
		}

	}

}
