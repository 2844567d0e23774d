package dev.dbtokens.client.lifecycle;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.dbtokens.client.TokenInfo;
import dev.dbtokens.client.TokenManagementClient;
import dev.dbtokens.client.TokensClient;
import dev.dbtokens.client.error.PermissionDeniedException;
import dev.dbtokens.client.support.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.dbtokens.client.support.TestSecrets.CONFIGURED_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The admin sweep over every user's tokens: each criterion, their combination, the dry run that
 * revokes nothing, the revocation report and the refusal to sweep without a criterion.
 */
class TokenSweepTests {

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

	static final long DAY = 86_400_000L;

	private final MutableClock clock = new MutableClock(NOW);

	private final TokenSweep sweep = TokenSweep
		.of(TokenManagementClient.of(TokensClient.builder().host(server.baseUrl()).token(CONFIGURED_TOKEN).build()))
		.withClock(this.clock);

	@BeforeEach
	void stubTheWorkspace() {
		long now = NOW.toEpochMilli();
		String tokens = String.join(",",
				// old: 100 days, used yesterday
				token("old-busy", "ci-old", now - 100 * DAY, -1, "alice@example.com", now - DAY),
				// old: 100 days, last used 40 days ago
				token("old-idle", "laptop", now - 100 * DAY, -1, "bob@example.com", now - 40 * DAY),
				// new: 1 day, never used
				token("new-unused", "ci-new", now - DAY, now + 2 * DAY, "alice@example.com", null),
				// 60 days, never used, expires in 10 days
				token("mid-unused", null, now - 60 * DAY, now + 10 * DAY, "bob@example.com", null));
		server.stubFor(get(urlPathEqualTo("/api/2.0/token-management/tokens")).willReturn(okJson("{\"token_infos\":[" + tokens + "]}")));
		server.stubFor(delete(urlPathMatching("/api/2.0/token-management/tokens/.*")).willReturn(okJson("{}")));
	}

	@Test
	void findsTokensOlderThanAnAge() {
		assertThat(ids(this.sweep.olderThan(Duration.ofDays(90)))).containsExactly("old-busy", "old-idle");
	}

	@Test
	void findsTokensNotUsedForAPeriodCountingNeverUsedOnesFromTheirCreation() {
		assertThat(ids(this.sweep.notUsedSince(Duration.ofDays(30)))).containsExactly("old-idle", "mid-unused");
	}

	@Test
	void countsATokenUsedOnADayAsUsedUntilTheEndOfThatDay() {
		// old-busy was last used on the day starting NOW - 1 day: used within 1 day, possibly until NOW.
		assertThat(ids(this.sweep.notUsedSince(Duration.ofHours(1)))).doesNotContain("old-busy");
		this.clock.advance(Duration.ofHours(2));
		assertThat(ids(this.sweep.notUsedSince(Duration.ofHours(1)))).contains("old-busy");
	}

	@Test
	void findsTokensExpiringWithinAWindow() {
		assertThat(ids(this.sweep.expiringWithin(Duration.ofDays(3)))).containsExactly("new-unused");
		assertThat(ids(this.sweep.expiringWithin(Duration.ofDays(30)))).containsExactly("new-unused", "mid-unused");
	}

	@Test
	void findsTokensByCommentAndCombinesCriteria() {
		assertThat(ids(this.sweep.commentMatching(Pattern.compile("^ci-")))).containsExactly("old-busy", "new-unused");
		assertThat(ids(this.sweep.commentMatching(Pattern.compile("^ci-")).olderThan(Duration.ofDays(30))))
			.containsExactly("old-busy");
	}

	@Test
	void letsTheServiceFilterByCreator() {
		assertThat(ids(this.sweep.createdBy("bob@example.com"))).containsExactly("old-idle", "mid-unused");

		server.verify(getRequestedFor(urlPathEqualTo("/api/2.0/token-management/tokens"))
			.withQueryParam("created_by_username", equalTo("bob@example.com")));
	}

	@Test
	void aDryRunRevokesNothing() {
		List<TokenInfo> wouldGo = this.sweep.olderThan(Duration.ofDays(90)).dryRun().block();

		assertThat(wouldGo).extracting(TokenInfo::tokenId).containsExactly("old-busy", "old-idle");
		server.verify(0, deleteRequestedFor(anyUrl()));
	}

	@Test
	void revokesWhatItFindsAndReportsEachOutcome() {
		server.stubFor(delete("/api/2.0/token-management/tokens/mid-unused").willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error_code\":\"RESOURCE_DOES_NOT_EXIST\",\"message\":\"gone\"}")));
		server.stubFor(delete("/api/2.0/token-management/tokens/old-idle").willReturn(aResponse().withStatus(403)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error_code\":\"PERMISSION_DENIED\",\"message\":\"no\"}")));
		server.stubFor(delete("/api/2.0/token-management/tokens/new-unused").willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "text/html").withBody("<html><title>Not Found</title></html>")));

		RevocationReport report = this.sweep.matching("all", (token) -> true).withConcurrency(2).revoke().block();

		assertThat(report.revoked()).containsExactly("old-busy");
		assertThat(report.alreadyGone()).containsExactly("mid-unused");
		assertThat(report.failed()).containsOnlyKeys("old-idle", "new-unused");
		assertThat(report.failed().get("old-idle")).isInstanceOf(PermissionDeniedException.class);
		server.verify(4, deleteRequestedFor(urlPathMatching("/api/2.0/token-management/tokens/.*")));
	}

	@Test
	void refusesToSweepWithoutACriterion() {
		assertThatIllegalStateException().isThrownBy(this.sweep::dryRun).withMessageContaining("would revoke every token");
		assertThatIllegalStateException().isThrownBy(this.sweep::revoke).withMessageContaining("would revoke every token");
		assertThat(server.getAllServeEvents()).isEmpty();
	}

	@Test
	void refusesBadArguments() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.sweep.olderThan(Duration.ZERO)).withMessageContaining("age");
		assertThatIllegalArgumentException().isThrownBy(() -> this.sweep.notUsedSince(null)).withMessageContaining("period");
		assertThatIllegalArgumentException().isThrownBy(() -> this.sweep.expiringWithin(Duration.ofDays(-1)))
			.withMessageContaining("window");
		assertThatIllegalArgumentException().isThrownBy(() -> this.sweep.createdBy("a").createdBy("b"))
			.withMessageContaining("one creator");
		assertThatIllegalArgumentException().isThrownBy(() -> this.sweep.withConcurrency(0)).withMessageContaining("concurrency");
	}

	@Test
	void aSweepThatCannotListFails() {
		server.stubFor(get(urlPathEqualTo("/api/2.0/token-management/tokens")).willReturn(aResponse().withStatus(403)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error_code\":\"PERMISSION_DENIED\",\"message\":\"Only Admins\"}")));

		assertThatExceptionOfType(PermissionDeniedException.class)
			.isThrownBy(() -> this.sweep.olderThan(Duration.ofDays(1)).revoke().block());
	}

	private static List<String> ids(TokenSweep sweep) {
		return sweep.dryRun().block().stream().map(TokenInfo::tokenId).toList();
	}

	private static String token(String id, String comment, long created, long expiry, String creator, Long lastUsedDay) {
		return "{\"token_id\":\"" + id + "\"" + ((comment != null) ? ",\"comment\":\"" + comment + "\"" : "")
				+ ",\"creation_time\":" + created + ",\"expiry_time\":" + expiry + ",\"created_by_username\":\"" + creator + "\""
				+ ((lastUsedDay != null) ? ",\"last_used_day\":" + lastUsedDay : "") + "}";
	}

}
