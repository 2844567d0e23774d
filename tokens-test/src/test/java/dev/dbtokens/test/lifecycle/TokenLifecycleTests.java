package dev.dbtokens.test.lifecycle;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import dev.dbtokens.client.CreateTokenRequest;
import dev.dbtokens.client.PublicTokenInfo;
import dev.dbtokens.client.RetrySettings;
import dev.dbtokens.client.TokensClient;
import dev.dbtokens.client.error.TemporarilyUnavailableException;
import dev.dbtokens.client.lifecycle.RevocationReport;
import dev.dbtokens.client.lifecycle.TokenLifecycle;
import dev.dbtokens.test.DatabricksEmulator;
import dev.dbtokens.test.DatabricksEmulatorExtension;
import dev.dbtokens.test.EmulatedToken;
import dev.dbtokens.test.MutableClock;
import dev.dbtokens.test.Operation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Flux;

import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Finds and bulk revocations on the emulator, with a clock the tests move.
 */
class TokenLifecycleTests {

	static final Instant START = Instant.parse("2025-01-06T09:00:00Z");

	static final MutableClock clock = MutableClock.at(START);

	@RegisterExtension
	static DatabricksEmulatorExtension databricks = new DatabricksEmulatorExtension(
			DatabricksEmulator.builder().withDefaultPrincipal().clock(clock));

	private TokensClient client;

	private TokenLifecycle lifecycle;

	@BeforeEach
	void connect() {
		clock.set(START);
		this.client = TokensClient.builder()
			.retry(RetrySettings.noRetries()) // the faults test the lifecycle's own handling
			.host(databricks.baseUrl())
			.token(databricks.defaultToken())
			.build();
		this.lifecycle = TokenLifecycle.of(this.client).withClock(clock);
	}

	@Test
	void findByCommentFindsExactlyThatComment() {
		String id = create("nightly", null);
		create("nightly-2", null);
		create("Nightly", null);
		create(null, null);

		assertThat(ids(this.lifecycle.findByComment("nightly"))).containsExactly(id);
		assertThat(ids(this.lifecycle.findByComment("weekly"))).isEmpty();
	}

	@Test
	void findByCommentPrefixFindsEveryCommentStartingWithIt() {
		String first = create("sdk-1", null);
		String second = create("sdk-2", null);
		create("my-sdk-3", null);
		create(null, null);

		assertThat(ids(this.lifecycle.findByCommentPrefix("sdk-"))).containsExactlyInAnyOrder(first, second);
		assertThatIllegalArgumentException().isThrownBy(() -> this.lifecycle.findByCommentPrefix(""));
	}

	@Test
	void findKeepsTheTokensThePredicateAccepts() {
		String sql = this.client.create(new CreateTokenRequest("a", null, List.of("sql"))).block().tokenInfo().tokenId();
		create("b", null);

		assertThat(ids(this.lifecycle.find((info) -> info.scopes().contains("sql")))).containsExactly(sql);
	}

	@Test
	void expiresWithinFindsTokensExpiringInTheWindowByTheClockButNeverThoseWithoutExpiry() {
		String hour = create("hour", Duration.ofHours(1));
		String day = create("day", Duration.ofDays(1));
		create("forever", null);

		assertThat(ids(this.lifecycle.expiresWithin(Duration.ofHours(2)))).containsExactly(hour);
		assertThat(ids(this.lifecycle.expiresWithin(Duration.ofMinutes(59)))).isEmpty();
		clock.advance(Duration.ofHours(23));
		assertThat(ids(this.lifecycle.expiresWithin(Duration.ofHours(1)))).containsExactly(day);
		assertThatIllegalArgumentException().isThrownBy(() -> this.lifecycle.expiresWithin(Duration.ofSeconds(-1)));
	}

	@Test
	void revokeReportsRevokedAlreadyGoneAndFailedIdsAndGoesOnAfterAFailure() {
		String first = create("a", null);
		String second = create("b", null);
		String third = create("c", null);
		databricks.emulator().faults().next().matching(Operation.DELETE).status503();

		RevocationReport report = this.lifecycle.withConcurrency(1)
			.revoke(List.of(first, "missing-1", second, first, "missing-2", third))
			.block();

		assertThat(report.failed()).containsOnlyKeys(first);
		assertThat(report.failed().get(first)).isInstanceOf(TemporarilyUnavailableException.class);
		assertThat(report.alreadyGone()).containsExactly("missing-1", "missing-2");
		assertThat(report.revoked()).containsExactly(second, third);
		assertThat(report.total()).isEqualTo(5);
		assertThat(report.isComplete()).isFalse();
		assertThat(report).hasToString("RevocationReport[revoked=[" + second + ", " + third
				+ "], alreadyGone=[missing-1, missing-2], failed={" + first + "=TemporarilyUnavailableException}]");
		assertThat(live()).containsExactly(first);
	}

	@Test
	void revokeWithConcurrencyReportsEveryFailureAndLeavesExactlyTheFailedTokens() {
		List<String> ids = Flux.range(0, 20).map((i) -> create("bulk-" + i, null)).collectList().block();
		databricks.emulator().faults().next(3).matching(Operation.DELETE).status503();
		databricks.emulator().faults().next(2).matching(Operation.DELETE).respond(500);

		RevocationReport report = this.lifecycle.revoke(ids).block();

		assertThat(report.revoked()).hasSize(15);
		assertThat(report.failed()).hasSize(5);
		assertThat(report.failed().keySet()).containsExactlyInAnyOrderElementsOf(live());
		assertThat(report.alreadyGone()).isEmpty();
	}

	@Test
	void revokeRunsNoMoreThanTheConcurrencyAtOnce() {
		AtomicInteger inFlight = new AtomicInteger();
		AtomicInteger highest = new AtomicInteger();
		WebClient.Builder counting = WebClient.builder().filter((request, next) -> next.exchange(request)
			.doOnSubscribe((s) -> highest.accumulateAndGet(inFlight.incrementAndGet(), Math::max))
			.doFinally((signal) -> inFlight.decrementAndGet()));
		TokensClient countingClient = TokensClient.builder()
			.retry(RetrySettings.noRetries())
			.host(databricks.baseUrl())
			.token(databricks.defaultToken())
			.webClientBuilder(counting)
			.build();
		List<String> ids = Flux.range(0, 12).map((i) -> create("slow-" + i, null)).collectList().block();
		databricks.emulator().faults().next(12).matching(Operation.DELETE).delay(Duration.ofMillis(40));

		RevocationReport report = TokenLifecycle.of(countingClient).withConcurrency(3).revoke(ids).block();

		assertThat(report.revoked()).hasSize(12);
		assertThat(highest).hasValue(3);
	}

	@Test
	void revokeAllTakesIdsAsTheyComeAndReportsABlankIdAsFailed() {
		String id = create("a", null);

		RevocationReport report = this.lifecycle.revokeAll(Flux.just(id, " ")).block();

		assertThat(report.revoked()).containsExactly(id);
		assertThat(report.failed().get(" ")).isInstanceOf(IllegalArgumentException.class);
		assertThatIllegalArgumentException().isThrownBy(() -> this.lifecycle.revoke(java.util.Arrays.asList(id, null)));
	}

	@Test
	void revokeIfRevokesOnlyTheMatchingTokens() {
		create("sdk-1", null);
		create("sdk-2", null);
		String kept = create("service", null);

		RevocationReport report = this.lifecycle.revokeIf((info) -> info.comment() != null && info.comment().startsWith("sdk-"))
			.block();

		assertThat(report.revoked()).hasSize(2);
		assertThat(live()).containsExactly(kept);
	}

	@Test
	void revokeIfFailsWithTheTypedErrorWhenTheTokensCannotBeListed() {
		databricks.emulator().faults().next().matching(Operation.LIST).status503();

		assertThatExceptionOfType(TemporarilyUnavailableException.class)
			.isThrownBy(() -> this.lifecycle.revokeIf((info) -> true).block());
	}

	@Test
	void revokeOfNothingIsAnEmptyCompleteReport() {
		RevocationReport report = this.lifecycle.revoke(List.of()).block();

		assertThat(report).isEqualTo(RevocationReport.empty());
		assertThat(report.isComplete()).isTrue();
		assertThat(databricks.emulator().journal()).noneMatch((request) -> request.operation() == Operation.DELETE);
	}

	private String create(String comment, Duration lifetime) {
		return this.client.create(comment, lifetime).block().tokenInfo().tokenId();
	}

	private static List<String> ids(Flux<PublicTokenInfo> infos) {
		return infos.map(PublicTokenInfo::tokenId).collectList().block();
	}

	/** The tokens the tests created that are still live (the seed token left out). */
	private static List<String> live() {
		return databricks.emulator()
			.tokens(DatabricksEmulator.DEFAULT_PRINCIPAL)
			.stream()
			.filter((token) -> !"Seeded by DatabricksEmulator".equals(token.comment()))
			.map(EmulatedToken::tokenId)
			.toList();
	}

}
