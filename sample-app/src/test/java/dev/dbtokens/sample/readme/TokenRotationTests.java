package dev.dbtokens.sample.readme;

import java.time.Duration;

import dev.dbtokens.client.TokensClient;
import dev.dbtokens.test.DatabricksEmulator;
import dev.dbtokens.test.DatabricksEmulatorExtension;
import dev.dbtokens.test.EmulatedToken;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The user test of docs/emulator.md with the JUnit 5 extension, verbatim: keep the two in step.
 */
class TokenRotationTests {

	@RegisterExtension
	static DatabricksEmulatorExtension databricks = new DatabricksEmulatorExtension();

	@Test
	void createsAToken(DatabricksEmulator emulator) {
		TokensClient client = TokensClient.builder().host(databricks.baseUrl()).token(databricks.defaultToken()).build();
		client.blocking().create("ci", Duration.ofMinutes(5));
		assertThat(emulator.tokens(DatabricksEmulator.DEFAULT_PRINCIPAL)).extracting(EmulatedToken::comment).contains("ci");
	}

}
