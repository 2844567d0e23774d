package dev.dbtokens.client;

import java.time.Duration;

import dev.dbtokens.client.internal.call.Durations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * What a {@link RetrySettings} accepts, what each refusal says, and the durations it hands to the
 * timers whatever their length.
 */
class RetrySettingsTests {

	private static final RetrySettings DEFAULTS = RetrySettings.defaults();

	@Test
	void theDefaultsAreWhatTheirJavadocSays() {
		assertThat(DEFAULTS).isEqualTo(new RetrySettings(4, Duration.ofMillis(500), Duration.ofSeconds(30), Duration.ofSeconds(60),
				Duration.ofMinutes(5)));
		assertThat(RetrySettings.noRetries().maxAttempts()).isOne();
		assertThat(RetrySettings.noRetries().timeout()).isEqualTo(DEFAULTS.timeout());
	}

	@Test
	void eachWitherChangesOnlyItsOwnSetting() {
		Duration d = Duration.ofSeconds(7);
		assertThat(DEFAULTS.withMaxAttempts(9)).isEqualTo(new RetrySettings(9, DEFAULTS.initialBackoff(), DEFAULTS.maxBackoff(),
				DEFAULTS.maxRetryAfter(), DEFAULTS.timeout()));
		assertThat(DEFAULTS.withInitialBackoff(d).initialBackoff()).isEqualTo(d);
		assertThat(DEFAULTS.withMaxBackoff(d).maxBackoff()).isEqualTo(d);
		assertThat(DEFAULTS.withMaxRetryAfter(d).maxRetryAfter()).isEqualTo(d);
		assertThat(DEFAULTS.withTimeout(d).timeout()).isEqualTo(d);
		assertThat(DEFAULTS.withTimeout(d).withMaxAttempts(4)).isEqualTo(DEFAULTS.withTimeout(d));
	}

	@Test
	void acceptsTheEdgesOfEachRange() {
		assertThat(DEFAULTS.withMaxAttempts(1).maxAttempts()).isOne();
		assertThat(DEFAULTS.withMaxAttempts(Integer.MAX_VALUE).maxAttempts()).isEqualTo(Integer.MAX_VALUE);
		assertThat(DEFAULTS.withInitialBackoff(Duration.ZERO).initialBackoff()).isZero();
		assertThat(DEFAULTS.withInitialBackoff(DEFAULTS.maxBackoff()).initialBackoff()).isEqualTo(DEFAULTS.maxBackoff());
		assertThat(DEFAULTS.withMaxRetryAfter(Duration.ZERO).maxRetryAfter()).isZero();
		assertThat(DEFAULTS.withTimeout(Duration.ofNanos(1)).timeout()).isEqualTo(Duration.ofNanos(1));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			maxAttempts 0               | maxAttempts must be at least 1 (1 = no retries), was 0
			initialBackoff -1ms         | initialBackoff must be zero or a positive duration, was PT-0.001S
			maxBackoff -1ms             | maxBackoff must be zero or a positive duration, was PT-0.001S
			maxRetryAfter -1ms          | maxRetryAfter must be zero or a positive duration, was PT-0.001S
			initialBackoff above max    | initialBackoff must not exceed maxBackoff (PT30S), was PT31S
			timeout 0                   | timeout must be a positive duration, was PT0S
			timeout -1ms                | timeout must be a positive duration, was PT-0.001S
			timeout missing             | timeout must be a positive duration, was null
			maxBackoff missing          | maxBackoff must be zero or a positive duration, was null
			""")
	void refusesEachBadValueNamingItAndWhatItWas(String bad, String message) {
		Duration minus = Duration.ofMillis(-1);
		assertThatIllegalArgumentException().isThrownBy(() -> {
			switch (bad) {
				case "maxAttempts 0" -> DEFAULTS.withMaxAttempts(0);
				case "initialBackoff -1ms" -> DEFAULTS.withInitialBackoff(minus);
				case "maxBackoff -1ms" -> DEFAULTS.withMaxBackoff(minus);
				case "maxRetryAfter -1ms" -> DEFAULTS.withMaxRetryAfter(minus);
				case "initialBackoff above max" -> DEFAULTS.withInitialBackoff(Duration.ofSeconds(31));
				case "timeout 0" -> DEFAULTS.withTimeout(Duration.ZERO);
				case "timeout -1ms" -> DEFAULTS.withTimeout(minus);
				case "timeout missing" -> DEFAULTS.withTimeout(null);
				case "maxBackoff missing" -> DEFAULTS.withMaxBackoff(null);
				default -> throw new IllegalStateException(bad);
			}
		}).withMessage(message);
	}

	@Test
	void givesTheTimersNanosecondsUpToWhatALongHolds() {
		assertThat(Durations.saturatedNanos(Duration.ofMillis(1500))).isEqualTo(1_500_000_000L);
		long limitSeconds = Long.MAX_VALUE / 1_000_000_000L;
		assertThat(Durations.saturatedNanos(Duration.ofSeconds(limitSeconds - 1)))
			.isEqualTo(Duration.ofSeconds(limitSeconds - 1).toNanos());
		assertThat(Durations.saturatedNanos(Duration.ofSeconds(limitSeconds))).isEqualTo(Long.MAX_VALUE);
		assertThat(Durations.saturatedNanos(Duration.ofDays(365L * 1_000))).isEqualTo(Long.MAX_VALUE);
	}

}
