package dev.dbtokens.client.lifecycle;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.dbtokens.client.TokensClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.dbtokens.client.support.TestSecrets.CONFIGURED_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code revokeExpired()} against a workspace that still lists expired tokens (the emulator drops
 * them from its list, so a stub plays that workspace).
 */
class RevokeExpiredTests {

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	@Test
	void revokeExpiredRevokesOnlyTokensWhoseExpiryHasPassedByTheClock() {
		Clock clock = Clock.fixed(Instant.ofEpochMilli(1_700_000_000_000L), ZoneOffset.UTC);
		server.stubFor(get("/api/2.0/token/list").willReturn(okJson("""
				{"token_infos":[
				  {"token_id":"expired","creation_time":1600000000000,"expiry_time":1699999999999},
				  {"token_id":"at-now","creation_time":1600000000000,"expiry_time":1700000000000},
				  {"token_id":"later","creation_time":1600000000000,"expiry_time":1700000000001},
				  {"token_id":"never","creation_time":1600000000000,"expiry_time":-1}
				]}""")));
		server.stubFor(post("/api/2.0/token/delete").willReturn(okJson("{}")));
		TokensClient client = TokensClient.builder().host(server.baseUrl()).token(CONFIGURED_TOKEN).build();

		RevocationReport report = TokenLifecycle.of(client).withClock(clock).revokeExpired().block();

		assertThat(report.revoked()).containsExactlyInAnyOrder("expired", "at-now");
		server.verify(2, postRequestedFor(urlEqualTo("/api/2.0/token/delete")));
		server.verify(postRequestedFor(urlEqualTo("/api/2.0/token/delete")).withRequestBody(equalToJson("{\"token_id\":\"expired\"}")));
	}

}
