package dev.dbtokens.sample;

import dev.dbtokens.client.TokensClient;
import dev.dbtokens.test.AutoConfigureDatabricksEmulator;
import dev.dbtokens.test.DatabricksEmulator;
import dev.dbtokens.test.EmulatedToken;
import dev.dbtokens.test.Operation;
import dev.dbtokens.test.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;

import static dev.dbtokens.test.DatabricksEmulator.DEFAULT_PRINCIPAL;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code sample.demo=true}: the walk-through runs on start against the emulator, logs each step
 * and never the token's value.
 */
@SpringBootTest(webEnvironment = WebEnvironment.NONE, properties = { "sample.demo=true",
		"logging.level.dev.dbtokens=DEBUG", "logging.level.org.springframework.http.codec=TRACE" })
@AutoConfigureDatabricksEmulator
@Import(RecordingTokensClient.Configuration.class)
@ExtendWith(OutputCaptureExtension.class)
class WalkThroughTests {

	@Autowired
	DatabricksEmulator databricksEmulator;

	@Autowired
	TokensClient tokensClient;

	@Test
	void createsListsRevokesAndListsAFiveMinuteTokenOnStart() {
		assertThat(this.databricksEmulator.createdCount()).isEqualTo(1);
		assertThat(this.databricksEmulator.journal()).extracting(RecordedRequest::operation)
			.containsExactly(Operation.CREATE, Operation.LIST, Operation.DELETE, Operation.LIST);
		assertThat(this.databricksEmulator.tokens(DEFAULT_PRINCIPAL)).extracting(EmulatedToken::comment)
			.containsExactly("Seeded by DatabricksEmulator");
	}

	@Test
	void logsEachStepButNeverTheTokenValue(CapturedOutput output) {
		assertThat(output.getAll()).containsPattern("Demo 1/4 create: token [0-9a-f]{64} 'sample-\\d+' created, expires ")
			.contains("Demo 2/4 list: 2 token(s), the new one listed")
			.containsPattern("Demo 3/4 revoke: token [0-9a-f]{64} revoked")
			.contains("Demo 4/4 list: 1 token(s), the new one not listed");
		assertThat(((RecordingTokensClient) this.tokensClient).values()).singleElement().satisfies((value) -> {
			assertThat(value).startsWith("dapi");
			assertThat(output.getAll()).doesNotContain(value);
		});
		assertThat(output.getAll()).doesNotContain(this.databricksEmulator.defaultToken());
	}

}
