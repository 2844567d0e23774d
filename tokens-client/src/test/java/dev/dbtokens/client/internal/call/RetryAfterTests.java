package dev.dbtokens.client.internal.call;

import java.time.Duration;
import java.time.Instant;

import dev.dbtokens.client.RetrySettings;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code Retry-After} in both of its forms, and what is ignored.
 */
class RetryAfterTests {

	private static final Instant NOW = Instant.parse("2025-01-06T10:00:00Z");

	@Test
	void readsSeconds() {
		assertThat(RetryAfter.parse("7", NOW)).isEqualTo(Duration.ofSeconds(7));
		assertThat(RetryAfter.parse(" 0 ", NOW)).isEqualTo(Duration.ZERO);
	}

	@Test
	void readsAnHttpDateAsTheTimeUntilThen() {
		assertThat(RetryAfter.parse("Mon, 06 Jan 2025 10:00:30 GMT", NOW)).isEqualTo(Duration.ofSeconds(30));
		assertThat(RetryAfter.parse("Mon, 06 Jan 2025 09:59:00 GMT", NOW)).isEqualTo(Duration.ZERO);
	}

	@Test
	void ignoresWhatItCannotRead() {
		assertThat(RetryAfter.parse(null, NOW)).isNull();
		assertThat(RetryAfter.parse("", NOW)).isNull();
		assertThat(RetryAfter.parse("soon", NOW)).isNull();
		assertThat(RetryAfter.parse("-5", NOW)).isNull();
	}

	@Test
	void readsMoreSecondsThanALongHoldsAsTheLongestWait() {
		assertThat(RetryAfter.parse("99999999999999999999999", NOW)).isEqualTo(Duration.ofSeconds(Long.MAX_VALUE));
		assertThat(new Backoff().delay(RetrySettings.defaults(), 0, RetryAfter.parse("99999999999999999999999", NOW)))
			.isEqualTo(RetrySettings.defaults().maxRetryAfter());
	}

}
