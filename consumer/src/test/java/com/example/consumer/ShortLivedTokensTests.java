package com.example.consumer;

import dev.dbtokens.client.TokensClient;
import dev.dbtokens.test.AutoConfigureDatabricksEmulator;
import dev.dbtokens.test.DatabricksEmulator;
import dev.dbtokens.test.EmulatedToken;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The application starts on the published artifacts alone and talks to the emulator of the test support. */
@SpringBootTest
@AutoConfigureDatabricksEmulator
class ShortLivedTokensTests {

	@Autowired
	TokensClient tokens;

	@Autowired
	ShortLivedTokens shortLivedTokens;

	@Autowired
	DatabricksEmulator databricksEmulator;

	@Test
	void createsListsAndRevokesATokenOnTheEmulator() {
		assertThat(tokens).isNotNull();
		String id = shortLivedTokens.createForOneHour("consumer");
		assertThat(shortLivedTokens.comments()).contains("consumer");
		assertThat(databricksEmulator.tokens(DatabricksEmulator.DEFAULT_PRINCIPAL))
				.extracting(EmulatedToken::tokenId).contains(id);
		shortLivedTokens.revoke(id);
		assertThat(databricksEmulator.tokens(DatabricksEmulator.DEFAULT_PRINCIPAL))
				.extracting(EmulatedToken::tokenId).doesNotContain(id);
	}
}
