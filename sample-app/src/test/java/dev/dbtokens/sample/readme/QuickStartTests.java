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
 * The test of the README's Quick start (step 5), verbatim but for its name: keep the two in step.
 * (JavaSnippetsTests compiles the README's copy; this one runs it.)
 */
@SpringBootTest
@AutoConfigureDatabricksEmulator
class QuickStartTests {

	@Autowired
	TokensClient tokens;

	@Autowired
	DatabricksEmulator databricksEmulator;

	@Test
	void listsTheTokenItCreated() {
		String id = this.tokens.create("ci", Duration.ofMinutes(5)).block().tokenInfo().tokenId();
		assertThat(this.tokens.blocking().list()).extracting("tokenId").contains(id);
		this.tokens.blocking().delete(id);
		assertThat(this.databricksEmulator.tokens(DatabricksEmulator.DEFAULT_PRINCIPAL)).extracting(EmulatedToken::tokenId)
			.doesNotContain(id);
	}

}
