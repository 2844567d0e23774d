package dev.dbtokens.client.autoconfigure.diagnostics;

import java.util.Map;

import dev.dbtokens.client.InvalidSettingException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A value refused by the client type that owns its rule fails naming the property, found from
 * the exception's typed field, never from its message.
 */
class InvalidDatabricksPropertyExceptionTests {

	private static final Map<String, String> TWO = Map.of("max-attempts", "Set max-attempts.", "initial-backoff",
			"Set initial-backoff.");

	@Test
	void namesThePropertyOfTheRefusedSetting() {
		assertThatExceptionOfType(InvalidDatabricksPropertyException.class)
			.isThrownBy(() -> InvalidDatabricksPropertyException.whenRefused("databricks.retry", TWO, () -> {
				throw new InvalidSettingException("initialBackoff", "must not exceed maxBackoff (PT1S), was PT2S");
			}))
			.satisfies((ex) -> {
				assertThat(ex.property()).isEqualTo("databricks.retry.initial-backoff");
				assertThat(ex.action()).isEqualTo("Set initial-backoff.");
			})
			.withMessageContaining("initialBackoff must not exceed maxBackoff");
	}

	@Test
	void doesNotReadThePropertyFromTheMessage() {
		assertThatExceptionOfType(InvalidDatabricksPropertyException.class)
			.isThrownBy(() -> InvalidDatabricksPropertyException.whenRefused("databricks.retry", TWO, () -> {
				throw new IllegalArgumentException("maxAttempts must be at least 1, was 0");
			}))
			.satisfies((ex) -> assertThat(ex.property()).isEqualTo("databricks.retry"));
	}

	@Test
	void takesTheOnlyPropertyForAnUntypedRefusal() {
		assertThatExceptionOfType(InvalidDatabricksPropertyException.class)
			.isThrownBy(() -> InvalidDatabricksPropertyException.whenRefused("databricks.http.proxy",
					Map.of("host", "Set the host."), () -> {
						throw new IllegalArgumentException("proxy host carries a scheme");
					}))
			.satisfies((ex) -> assertThat(ex.property()).isEqualTo("databricks.http.proxy.host"));
	}

}
