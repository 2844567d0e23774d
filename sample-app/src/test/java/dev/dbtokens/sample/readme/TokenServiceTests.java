package dev.dbtokens.sample.readme;

import java.time.Duration;

import dev.dbtokens.client.TokensClient;
import dev.dbtokens.test.AutoConfigureDatabricksEmulator;
import dev.dbtokens.test.DatabricksEmulator;
import dev.dbtokens.test.EmulatedToken;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The user test of docs/emulator.md with {@code @AutoConfigureDatabricksEmulator}, verbatim: keep the two in
 * step.
 */
@SpringBootTest
@AutoConfigureDatabricksEmulator
class TokenServiceTests {

	@Autowired
	TokensClient tokens;

	@Autowired
	DatabricksEmulator databricksEmulator;

	@Test
	void revokesAToken() {
		String id = this.tokens.create("ci", Duration.ofMinutes(5)).block().tokenInfo().tokenId();
		this.tokens.delete(id).block();
		assertThat(this.databricksEmulator.tokens(DatabricksEmulator.DEFAULT_PRINCIPAL)).extracting(EmulatedToken::tokenId)
			.doesNotContain(id);
	}

}
