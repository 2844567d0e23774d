package dev.dbtokens.client.rotation;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The defaults of a rotation policy and every value it refuses.
 */
class RotationPolicyTests {

	@Test
	void builderFillsTheDefaultsAndTheTagFromTheName() {
		RotationPolicy policy = RotationPolicy.builder("etl", Duration.ofDays(1)).build();

		assertThat(policy.commentTag()).isEqualTo("rotation:etl");
		assertThat(policy.rotateAt()).isEqualTo(0.25);
		assertThat(policy.grace()).isEqualTo(Duration.ofMinutes(10));
		assertThat(policy.checkInterval()).isEqualTo(Duration.ofMinutes(1));
		assertThat(policy.rotationWindow()).isEqualTo(Duration.ofHours(6));
	}

	@Test
	void refusesABlankNameOrTag() {
		assertThatIllegalArgumentException().isThrownBy(() -> RotationPolicy.builder(" ", Duration.ofDays(1)).build())
			.withMessageContaining("name");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> RotationPolicy.builder("etl", Duration.ofDays(1)).commentTag("").build())
			.withMessageContaining("commentTag");
	}

	@Test
	void refusesALifetimeThatIsNotAWholePositiveNumberOfSeconds() {
		for (Duration lifetime : new Duration[] { Duration.ZERO, Duration.ofSeconds(-5), Duration.ofMillis(1500) }) {
			assertThatIllegalArgumentException().isThrownBy(() -> RotationPolicy.builder("etl", lifetime).build())
				.withMessageContaining("lifetime");
		}
	}

	@Test
	void refusesAShareOutsideZeroToOne() {
		for (double share : new double[] { 0, 1, -0.1, 1.5, Double.NaN }) {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> RotationPolicy.builder("etl", Duration.ofDays(1)).rotateAt(share).build())
				.withMessageContaining("rotateAt");
		}
	}

	@Test
	void refusesAGraceThatOutlastsTheReplacedToken() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> RotationPolicy.builder("etl", Duration.ofDays(1)).grace(Duration.ofHours(6)).build())
			.withMessageContaining("grace")
			.withMessageContaining("PT6H");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> RotationPolicy.builder("etl", Duration.ofDays(1)).grace(Duration.ofSeconds(-1)).build())
			.withMessageContaining("grace");
		assertThat(RotationPolicy.builder("etl", Duration.ofDays(1)).grace(Duration.ZERO).build().grace()).isZero();
	}

	@Test
	void refusesACheckIntervalThatCouldMissTheRotationWindow() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> RotationPolicy.builder("etl", Duration.ofHours(1)).checkInterval(Duration.ofMinutes(15)).grace(Duration.ZERO).build())
			.withMessageContaining("checkInterval");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> RotationPolicy.builder("etl", Duration.ofDays(1)).checkInterval(Duration.ZERO).build())
			.withMessageContaining("checkInterval");
	}

}
