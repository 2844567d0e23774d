package dev.dbtokens.sample.web;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Reading the lifetime the page's form sends as text.
 */
class TokenRulesTests {

	@Test
	void readsALifetimeWrittenAsText() {
		assertThat(TokenRules.seconds(" 3600 ")).isEqualByComparingTo(BigDecimal.valueOf(3600));
		assertThat(TokenRules.seconds(" ")).isNull();
	}

	@Test
	void refusesALifetimeTooLongToBeOneWithoutReadingIt() {
		assertThatExceptionOfType(InvalidTokenRequestException.class).isThrownBy(() -> TokenRules.seconds("9".repeat(250_000)))
			.withMessage("Lifetime must be a whole number of seconds of at most 100 characters, was '"
					+ "9".repeat(40) + "…'");
	}

}
