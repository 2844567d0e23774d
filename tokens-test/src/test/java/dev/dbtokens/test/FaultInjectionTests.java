package dev.dbtokens.test;

import java.time.Duration;

import dev.dbtokens.test.WireClient.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Faults injected through {@link DatabricksEmulator#faults()}.
 */
class FaultInjectionTests {

	@RegisterExtension
	static DatabricksEmulatorExtension databricks = new DatabricksEmulatorExtension();

	private WireClient client;

	private String token;

	@BeforeEach
	void connect() {
		this.client = new WireClient(databricks.emulator());
		this.token = databricks.defaultToken();
	}

	@Test
	void answersTooManyRequestsWithRetryAfterInWholeSeconds() {
		databricks.emulator().faults().next().matching(Operation.CREATE).tooManyRequests(Duration.ofMillis(1500));
		Reply reply = this.client.create(this.token, "{}");
		assertThat(reply.status()).isEqualTo(429);
		assertThat(reply.headers().get("Retry-After")).isEqualTo("2");
		assertThat(reply.errorCode()).isEqualTo("REQUEST_LIMIT_EXCEEDED");
		assertThat(databricks.emulator().createdCount()).isZero();
		assertThat(this.client.create(this.token, "{}").status()).isEqualTo(200);
	}

	@Test
	void answersServiceUnavailableForTheNextRequestsOnly() {
		databricks.emulator().faults().next(2).status503();
		assertThat(this.client.list(this.token).errorCode()).isEqualTo("TEMPORARILY_UNAVAILABLE");
		assertThat(this.client.create(this.token, "{}").status()).isEqualTo(503);
		assertThat(this.client.list(this.token).status()).isEqualTo(200);
		assertThat(databricks.emulator().createdCount()).isZero();
	}

	@Test
	void hitsOnlyTheMatchingOperationAndConsumesFaultsInOrder() {
		databricks.emulator().faults().next().matching(Operation.DELETE).respond(500).next().respond(504);
		assertThat(this.client.list(this.token).status()).isEqualTo(504);
		assertThat(this.client.list(this.token).status()).isEqualTo(200);
		assertThat(databricks.emulator().faults().pending()).isEqualTo(1);
		assertThat(this.client.delete(this.token, "x").errorCode()).isEqualTo("INTERNAL_ERROR");
		assertThat(databricks.emulator().faults().pending()).isZero();
	}

	@Test
	void dropsTheConnectionBeforeHandlingSoNothingIsCreated() {
		databricks.emulator().faults().next().matching(Operation.CREATE).resetBeforeHandling();
		assertThatException().isThrownBy(() -> this.client.create(this.token, "{}"))
			.withMessageContaining("Connection reset");
		assertThat(databricks.emulator().createdCount()).isZero();
		assertThat(databricks.emulator().journal()).last()
			.satisfies((request) -> assertThat(request.connectionReset()).isTrue())
			.satisfies((request) -> assertThat(request.status()).isZero());
	}

	@Test
	void dropsTheConnectionAfterHandlingSoTheTokenExistsThoughTheClientSawAReset() {
		databricks.emulator().faults().next().matching(Operation.CREATE).resetAfterHandling();
		assertThatException().isThrownBy(() -> this.client.create(this.token, "{\"comment\":\"ghost\"}"))
			.withMessageContaining("Connection reset");
		assertThat(databricks.emulator().createdCount()).isEqualTo(1);
		assertThat(databricks.emulator().tokens(DatabricksEmulator.DEFAULT_PRINCIPAL))
			.extracting(EmulatedToken::comment)
			.contains("ghost");
		assertThat(this.client.list(this.token).text()).contains("ghost");
		RecordedRequest recorded = databricks.emulator().journal().get(0);
		assertThat(recorded.status()).isEqualTo(200);
		assertThat(recorded.connectionReset()).isTrue();
	}

	@Test
	void delaysTheAnswerThenHandlesTheRequest() {
		databricks.emulator().faults().next().matching(Operation.LIST).delay(Duration.ofMillis(300));
		long start = System.nanoTime();
		Reply reply = this.client.list(this.token);
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
		assertThat(reply.status()).isEqualTo(200);
	}

	@Test
	void answersWithAnArbitraryBodyLikeAGatewayPage() {
		databricks.emulator().faults().next().respondWith(502, "text/html", "<html><pre>Bad gateway</pre></html>");
		Reply reply = this.client.list(this.token);
		assertThat(reply.status()).isEqualTo(502);
		assertThat(reply.headers().get("Content-Type")).isEqualTo("text/html");
		assertThat(reply.text()).contains("<pre>Bad gateway</pre>");
	}

	@Test
	void forgetsQueuedFaultsOnClear() {
		databricks.emulator().faults().next(3).status503();
		databricks.emulator().faults().clear();
		assertThat(this.client.list(this.token).status()).isEqualTo(200);
	}

	@Test
	void refusesNonsensicalFaults() {
		Faults faults = databricks.emulator().faults();
		assertThatIllegalArgumentException().isThrownBy(() -> faults.next(0));
		assertThatIllegalArgumentException().isThrownBy(() -> faults.next().respond(99));
		assertThatIllegalArgumentException().isThrownBy(() -> faults.next().delay(Duration.ofMillis(-1)));
		assertThat(faults.pending()).isZero();
	}

}
