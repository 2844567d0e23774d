package dev.dbtokens.test.lifecycle;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import dev.dbtokens.client.RetrySettings;
import dev.dbtokens.client.TokensClient;
import dev.dbtokens.client.error.TemporarilyUnavailableException;
import dev.dbtokens.client.lifecycle.RevocationReport;
import dev.dbtokens.client.rotation.RotatedToken;
import dev.dbtokens.client.rotation.RotationFailure.Step;
import dev.dbtokens.client.rotation.RotationPolicy;
import dev.dbtokens.client.rotation.TokenRotation;
import dev.dbtokens.test.DatabricksEmulator;
import dev.dbtokens.test.DatabricksEmulatorExtension;
import dev.dbtokens.test.EmulatedToken;
import dev.dbtokens.test.MutableClock;
import dev.dbtokens.test.Operation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each rule of the rotation, one check at a time, on the emulator with a clock the tests move.
 * Policy: one-day tokens replaced with six hours left, a grace of one hour.
 */
class TokenRotationTests {

	static final String TAG = "rotation:etl";

	static final MutableClock clock = MutableClock.at(Instant.parse("2025-01-06T09:00:00Z"));

	@RegisterExtension
	static DatabricksEmulatorExtension databricks = new DatabricksEmulatorExtension(
			DatabricksEmulator.builder().withDefaultPrincipal().clock(clock));

	static final RotationPolicy POLICY = RotationPolicy.builder("etl", Duration.ofDays(1))
		.grace(Duration.ofHours(1))
		.checkInterval(Duration.ofMinutes(30))
		.build();

	private TokensClient client;

	private final RotationRecorder recorder = new RotationRecorder();

	private TokenRotation rotation;

	@BeforeEach
	void connect() {
		clock.set(Instant.parse("2025-01-06T09:00:00Z"));
		this.client = TokensClient.builder()
			.retry(RetrySettings.noRetries()) // the faults test the lifecycle's own handling
			.host(databricks.baseUrl())
			.token(databricks.defaultToken())
			.build();
		this.rotation = TokenRotation.create(this.client, POLICY, this.recorder, clock);
	}

	@Test
	void firstCheckCreatesATaggedTokenWithTheLifetimeAndHandsItOver() {
		check();

		assertThat(this.recorder.rotated).hasSize(1);
		RotatedToken token = this.recorder.last();
		assertThat(token.previousTokenId()).isNull();
		assertThat(token.info().comment()).isEqualTo(TAG + "@" + this.rotation.instanceId());
		assertThat(this.rotation.instanceId()).matches("[0-9a-f]{12}");
		assertThat(token.info().expiryTime()).isEqualTo(clock.instant().plus(Duration.ofDays(1)));
		assertThat(this.rotation.current()).contains(token);
		assertThat(tagged()).extracting(EmulatedToken::tokenId).containsExactly(token.info().tokenId());
		assertThat(token.toString()).doesNotContain(token.value()).contains("value=<redacted>");
		assertThat(this.rotation.toString()).doesNotContain(token.value());
	}

	@Test
	void replacesTheTokenOnlyOnceLessThanTheShareOfItsLifetimeIsLeft() {
		check();
		clock.advance(Duration.ofHours(17).plusMinutes(59));
		check();
		assertThat(this.recorder.rotated).hasSize(1);

		clock.advance(Duration.ofMinutes(1));
		check();

		assertThat(this.recorder.rotated).hasSize(2);
		assertThat(this.recorder.last().previousTokenId()).isEqualTo(this.recorder.rotated.get(0).info().tokenId());
		assertThat(tagged()).hasSize(2);
	}

	@Test
	void revokesTheReplacedTokenOnlyAfterTheGracePeriod() {
		check();
		clock.advance(Duration.ofHours(18));
		check();
		String replaced = this.recorder.rotated.get(0).info().tokenId();

		clock.advance(Duration.ofMinutes(59));
		check();
		assertThat(tagged()).extracting(EmulatedToken::tokenId).contains(replaced);

		clock.advance(Duration.ofMinutes(1));
		check();
		assertThat(tagged()).extracting(EmulatedToken::tokenId).containsExactly(this.recorder.last().info().tokenId());
	}

	@Test
	void failedCreateLeavesTheCurrentTokenInPlaceAndIsRetriedAtTheNextCheck() {
		check();
		RotatedToken first = this.recorder.last();
		clock.advance(Duration.ofHours(18));
		databricks.emulator().faults().next().matching(Operation.CREATE).status503();

		check();

		assertThat(this.rotation.current()).contains(first);
		assertThat(this.recorder.failures).singleElement().satisfies((failure) -> {
			assertThat(failure.step()).isEqualTo(Step.CREATE);
			assertThat(failure.error()).isInstanceOf(TemporarilyUnavailableException.class);
		});
		assertThat(tagged()).extracting(EmulatedToken::tokenId).containsExactly(first.info().tokenId());

		clock.advance(POLICY.checkInterval());
		check();

		assertThat(this.recorder.rotated).hasSize(2);
		assertThat(this.rotation.current()).contains(this.recorder.last());
	}

	@Test
	void failedRevokeIsReportedAndRetriedAtTheNextCheck() {
		check();
		clock.advance(Duration.ofHours(18));
		check();
		String replaced = this.recorder.rotated.get(0).info().tokenId();
		clock.advance(Duration.ofHours(1));
		databricks.emulator().faults().next().matching(Operation.DELETE).status503();

		check();

		assertThat(this.recorder.failures).singleElement().satisfies((failure) -> {
			assertThat(failure.step()).isEqualTo(Step.REVOKE);
			assertThat(failure.tokenId()).isEqualTo(replaced);
		});
		assertThat(tagged()).hasSize(2);

		clock.advance(POLICY.checkInterval());
		check();

		assertThat(tagged()).extracting(EmulatedToken::tokenId).containsExactly(this.recorder.last().info().tokenId());
	}

	@Test
	void waitsInsteadOfCreatingAThirdTokenWhileTheReplacedOneCannotBeRevoked() {
		RotationPolicy early = RotationPolicy.builder("etl", Duration.ofDays(1))
			.rotateAt(0.75)
			.grace(Duration.ofHours(1))
			.checkInterval(Duration.ofMinutes(30))
			.build();
		TokenRotation rotation = TokenRotation.create(this.client, early, this.recorder, clock);
		Instant start = clock.instant();
		databricks.emulator().faults().next(1000).matching(Operation.DELETE).status503();

		for (int i = 0; i <= 52; i++) {
			rotation.checkNow().block(Duration.ofSeconds(10));
			assertThat(tagged()).hasSizeBetween(1, 2);
			clock.advance(early.checkInterval());
		}

		assertThat(this.recorder.rotated).extracting((token) -> token.info().creationTime())
			.containsExactly(start, start.plus(Duration.ofHours(6)), start.plus(Duration.ofHours(24)));
		// A is retried every check from 7 h until it expires at 24 h; B from 25 h (C's grace) on.
		String first = this.recorder.rotated.get(0).info().tokenId();
		assertThat(this.recorder.failures).filteredOn((failure) -> first.equals(failure.tokenId())).hasSize(34);
		assertThat(this.recorder.failures(Step.REVOKE)).isEqualTo(37);
		databricks.emulator().faults().clear();
	}

	@Test
	void aTokenWhoseCreateAnswerWasLostIsRevokedAtTheNextCheck() {
		check();
		clock.advance(Duration.ofHours(18));
		databricks.emulator().faults().next().matching(Operation.CREATE).resetAfterHandling();
		check();
		assertThat(tagged()).hasSize(2);
		assertThat(this.recorder.failures(Step.CREATE)).isEqualTo(1);

		clock.advance(POLICY.checkInterval());
		check();

		List<String> live = tagged().stream().map(EmulatedToken::tokenId).toList();
		assertThat(live).hasSize(2).contains(this.recorder.last().info().tokenId(), this.recorder.rotated.get(0).info().tokenId());
		assertThat(databricks.emulator().createdCount()).isEqualTo(3);
	}

	@Test
	void aNewInstanceHasAnIdentityOfItsOwnAndLeavesTheOldInstancesTokenUntilItExpires() {
		check();
		String before = this.recorder.last().info().tokenId();
		clock.advance(Duration.ofHours(2));
		RotationRecorder restarted = new RotationRecorder();
		TokenRotation again = TokenRotation.create(this.client, POLICY, restarted, clock);
		assertThat(again.instanceId()).isNotEqualTo(this.rotation.instanceId());

		again.checkNow().block(Duration.ofSeconds(10));

		assertThat(restarted.last().previousTokenId()).isNull();
		assertThat(restarted.last().info().comment()).isEqualTo(TAG + "@" + again.instanceId());
		assertThat(tagged()).extracting(EmulatedToken::tokenId).containsExactlyInAnyOrder(before, restarted.last().info().tokenId());
		clock.advance(Duration.ofHours(21).plusMinutes(59));
		again.checkNow().block(Duration.ofSeconds(10));
		assertThat(tagged()).extracting(EmulatedToken::tokenId).contains(before);
		assertThat(databricks.emulator().journal()).as("no revocation").noneMatch((request) -> request.operation() == Operation.DELETE);
	}

	@Test
	void revokesOnlyOrphansOfOtherInstancesAndNeverALiveTokenOfAnother() {
		String bareTag = this.client.create(TAG, Duration.ofDays(1)).block().tokenInfo().tokenId();
		String otherInstance = this.client.create(TAG + "@0123456789ab", Duration.ofHours(1)).block().tokenInfo().tokenId();
		String neverExpires = this.client.create(TAG + "@ba9876543210", null).block().tokenInfo().tokenId();
		String unrelated = this.client.create("rotation:etl-2", null).block().tokenInfo().tokenId();

		check();

		assertThat(this.recorder.last().previousTokenId()).isNull();
		assertThat(tagged()).extracting(EmulatedToken::tokenId)
			.containsExactlyInAnyOrder(bareTag, otherInstance, neverExpires, this.recorder.last().info().tokenId());
		clock.advance(Duration.ofDays(1));
		check();
		assertThat(tagged()).extracting(EmulatedToken::tokenId).doesNotContain(bareTag, otherInstance, neverExpires);
		assertThat(databricks.emulator().tokens(DatabricksEmulator.DEFAULT_PRINCIPAL)).extracting(EmulatedToken::tokenId)
			.contains(unrelated);
	}

	@Test
	void aRotationThatLeavesOrphansToTheCallerRevokesThemOnlyWhenAsked() {
		this.rotation.leaveOrphansToCaller();
		String neverExpires = this.client.create(TAG + "@ba9876543210", null).block().tokenInfo().tokenId();
		clock.advance(Duration.ofDays(1));

		check();
		assertThat(tagged()).extracting(EmulatedToken::tokenId).contains(neverExpires);

		RevocationReport report = this.rotation.revokeOrphans().block(Duration.ofSeconds(10));
		assertThat(report.revoked()).containsExactly(neverExpires);
		assertThat(tagged()).extracting(EmulatedToken::tokenId).containsExactly(this.recorder.last().info().tokenId());
	}

	@Test
	void aRetiredInstanceRevokesItsOwnTokensOnlyAndStops() {
		check();
		clock.advance(Duration.ofHours(19));
		check(); // the first token is replaced and in its grace: this instance holds two
		String other = this.client.create(TAG + "@0123456789ab", Duration.ofDays(1)).block().tokenInfo().tokenId();
		List<String> own = tagged().stream().map(EmulatedToken::tokenId).filter((id) -> !id.equals(other)).toList();
		assertThat(own).hasSize(2);
		this.rotation.start();

		RevocationReport report = this.rotation.retire().block(Duration.ofSeconds(10));

		assertThat(report.revoked()).containsExactlyInAnyOrderElementsOf(own);
		assertThat(tagged()).extracting(EmulatedToken::tokenId).containsExactly(other);
		assertThat(this.rotation.isRunning()).isFalse();
		assertThat(this.rotation.current()).isEmpty();
	}

	@Test
	void aRetiredInstanceLetsTheCheckInFlightFinishAndRevokesWhatItCreated() throws InterruptedException {
		databricks.emulator().faults().next().matching(Operation.CREATE).delay(Duration.ofMillis(500));
		this.rotation.start();
		Thread.sleep(150); // the first check waits for its create's answer

		RevocationReport report = this.rotation.retire().block(Duration.ofSeconds(10));

		assertThat(this.recorder.rotated).as("the token the check in flight created was handed over").hasSize(1);
		assertThat(report.revoked()).containsExactly(this.recorder.last().info().tokenId());
		assertThat(tagged()).isEmpty();
	}

	@Test
	void aRetiringInstanceHandsOutNoTokenOnceItsRevocationsHaveBegun() {
		AtomicReference<TokenRotation> retiring = new AtomicReference<>();
		List<Optional<RotatedToken>> currentWhenRevoked = new CopyOnWriteArrayList<>();
		TokensClient watched = TokensClient.builder()
			.retry(RetrySettings.noRetries())
			.host(databricks.baseUrl())
			.token(databricks.defaultToken())
			.webClientBuilder(WebClient.builder().filter((request, next) -> next.exchange(request).doOnNext((response) -> {
				if (request.url().getPath().endsWith("/token/delete")) {
					currentWhenRevoked.add(retiring.get().current());
				}
			})))
			.build();
		retiring.set(TokenRotation.create(watched, POLICY, this.recorder, clock));
		retiring.get().checkNow().block(Duration.ofSeconds(10));
		assertThat(retiring.get().current()).isPresent();

		retiring.get().retire().block(Duration.ofSeconds(10));

		assertThat(currentWhenRevoked).as("what current() gave once the held token was revoked").containsExactly(Optional.empty());
	}

	@Test
	void aCheckThatCannotListTheTokensIsReportedAndChangesNothing() {
		databricks.emulator().faults().next().matching(Operation.LIST).status503();

		check();

		assertThat(this.recorder.failures(Step.LIST)).isEqualTo(1);
		assertThat(this.recorder.rotated).isEmpty();
		assertThat(databricks.emulator().createdCount()).isZero();
	}

	private void check() {
		this.rotation.checkNow().block(Duration.ofSeconds(10));
	}

	static List<EmulatedToken> tagged() {
		return RotationTokens.tagged(databricks.emulator(), TAG);
	}

}
