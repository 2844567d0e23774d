package dev.dbtokens.test.lifecycle;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import dev.dbtokens.client.RetrySettings;
import dev.dbtokens.client.TokensClient;
import dev.dbtokens.client.rotation.RotationPolicy;
import dev.dbtokens.client.rotation.TokenRotation;
import dev.dbtokens.test.DatabricksEmulator;
import dev.dbtokens.test.DatabricksEmulatorExtension;
import dev.dbtokens.test.EmulatedToken;
import dev.dbtokens.test.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Replicas of one application: several rotations with the same policy against one workspace, as
 * two or three instances of a service with {@code databricks.rotation.<name>.*} are. Each must keep
 * a valid token of its own whatever the others do, and the tokens of a replica that is gone must
 * leave the workspace without a live replica's being touched.
 */
class ReplicaRotationTests {

	static final Instant START = Instant.parse("2025-01-06T00:00:00Z");

	static final MutableClock clock = MutableClock.at(START);

	@RegisterExtension
	static DatabricksEmulatorExtension databricks = new DatabricksEmulatorExtension(
			DatabricksEmulator.builder().withDefaultPrincipal().clock(clock));

	static final RotationPolicy POLICY = RotationPolicy.builder("svc", Duration.ofDays(1))
		.rotateAt(0.25)
		.grace(Duration.ofMinutes(10))
		.checkInterval(Duration.ofMinutes(15))
		.build();

	@BeforeEach
	void startClock() {
		clock.set(START);
	}

	@Test
	void twoReplicasNeverHoldATokenTheOtherRevoked() {
		List<Replica> replicas = List.of(new Replica(), new Replica());
		int checks = 0;
		List<String> revokedHeld = new ArrayList<>();
		for (int tick = 0; tick < 50 * 4; tick++) {
			for (Replica replica : replicas) {
				replica.rotation.checkNow().block(Duration.ofSeconds(10));
			}
			for (Replica replica : replicas) {
				checks++;
				if (!replica.holdsALiveToken()) {
					revokedHeld.add("tick " + tick + ": " + replica.rotation);
				}
			}
			clock.advance(POLICY.checkInterval());
		}

		assertThat(checks).isEqualTo(400);
		assertThat(revokedHeld).as("%d of %d checks where a replica held a revoked or expired token", revokedHeld.size(), checks).isEmpty();
		assertThat(tagged()).as("tokens of the rotation at the end").hasSizeBetween(2, 4);
	}

	@Test
	void aReplicaThatIsGoneLeavesItsTokensToExpireOrToTheCleanupAndNeverTouchesLiveOnes() {
		Replica first = new Replica();
		Replica second = new Replica();
		first.rotation.checkNow().block(Duration.ofSeconds(10));
		second.rotation.checkNow().block(Duration.ofSeconds(10));
		Set<String> firstTokens = new java.util.HashSet<>(ids(tagged()));
		firstTokens.remove(second.heldId());
		// The first replica is gone; a new one starts beside the second.
		Replica third = new Replica();
		for (int tick = 0; tick < 4 * 24 * 2; tick++) {
			clock.advance(POLICY.checkInterval());
			second.rotation.checkNow().block(Duration.ofSeconds(10));
			third.rotation.checkNow().block(Duration.ofSeconds(10));
			assertThat(second.holdsALiveToken()).as("second replica, tick %d", tick).isTrue();
			assertThat(third.holdsALiveToken()).as("third replica, tick %d", tick).isTrue();
			assertThat(tagged()).as("tokens, tick %d", tick).hasSizeLessThanOrEqualTo(2 * 2 + firstTokens.size());
		}
		assertThat(ids(tagged())).as("the gone replica's tokens after their lifetime").doesNotContainAnyElementsOf(firstTokens);
	}

	private static Set<String> ids(List<EmulatedToken> tokens) {
		return tokens.stream().map(EmulatedToken::tokenId).collect(Collectors.toSet());
	}

	private static List<EmulatedToken> tagged() {
		return RotationTokens.tagged(databricks.emulator(), POLICY.commentTag());
	}

	/** One replica: its own client and rotation, as in its own JVM. */
	static final class Replica {

		final RotationRecorder recorder = new RotationRecorder();

		final TokenRotation rotation;

		Replica() {
			TokensClient client = TokensClient.builder()
				.retry(RetrySettings.noRetries())
				.host(databricks.baseUrl())
				.token(databricks.defaultToken())
				.build();
			this.rotation = TokenRotation.create(client, POLICY, this.recorder, clock);
		}

		String heldId() {
			return this.recorder.last().info().tokenId();
		}

		boolean holdsALiveToken() {
			return !this.recorder.rotated.isEmpty() && ids(tagged()).contains(heldId());
		}

	}

}
