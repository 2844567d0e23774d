package dev.dbtokens.test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.dbtokens.client.CreateTokenResponse;
import dev.dbtokens.client.PublicTokenInfo;
import dev.dbtokens.client.TokenInfo;
import dev.dbtokens.client.TokenManagementClient;
import dev.dbtokens.client.TokensClient;
import dev.dbtokens.client.lifecycle.TokenSweep;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Databricks revokes a personal access token that has not been used for 90 days; the emulator
 * does the same on its clock, and a sweep finds the tokens that come near it.
 */
class InactivityRevocationTests {

	static final MutableClock clock = MutableClock.at(Instant.parse("2025-01-06T09:00:00Z"));

	@RegisterExtension
	static DatabricksEmulatorExtension databricks = new DatabricksEmulatorExtension(
			DatabricksEmulator.builder().withDefaultPrincipal().withAdmin("admin@example.com").clock(clock));

	private TokensClient client;

	@BeforeEach
	void connect() {
		clock.set(Instant.parse("2025-01-06T09:00:00Z"));
		this.client = client(databricks.defaultToken());
	}

	@Test
	void revokesATokenUnusedForNinetyDaysAndKeepsOneInUse() {
		String unused = this.client.blocking().create("unused", null).tokenInfo().tokenId();
		CreateTokenResponse used = this.client.blocking().create("used", null);

		clock.advance(Duration.ofDays(60));
		assertThat(ids()).contains(unused, used.tokenInfo().tokenId());
		client(used.tokenValue()).blocking().list();

		clock.advance(Duration.ofDays(31));
		assertThat(ids()).doesNotContain(unused).contains(used.tokenInfo().tokenId());
		assertThat(client(used.tokenValue()).blocking().list()).isNotEmpty();
	}

	@Test
	void aSweepFindsTheTokensNearingTheInactivityRevocation() {
		String quiet = this.client.blocking().create("quiet", null).tokenInfo().tokenId();
		clock.advance(Duration.ofDays(80));
		TokenManagementClient admin = TokenManagementClient.of(client(databricks.emulator().principals().principal("admin@example.com").token()));

		assertThat(TokenSweep.of(admin).nearingInactivityRevocation(Duration.ofDays(14)).withClock(clock).dryRun().block())
			.extracting(TokenInfo::tokenId)
			.contains(quiet);
		assertThat(TokenSweep.of(admin).nearingInactivityRevocation(Duration.ofDays(7)).withClock(clock).dryRun().block())
			.extracting(TokenInfo::tokenId)
			.doesNotContain(quiet);
	}

	private List<String> ids() {
		return this.client.blocking().list().stream().map(PublicTokenInfo::tokenId).toList();
	}

	private static TokensClient client(String token) {
		return TokensClient.builder().host(databricks.baseUrl()).token(token).build();
	}

}
