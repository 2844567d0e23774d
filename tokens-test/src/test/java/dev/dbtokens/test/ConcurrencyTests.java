package dev.dbtokens.test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import dev.dbtokens.test.WireClient.Reply;
import io.netty.handler.codec.http.HttpMethod;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Flux;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hundreds of concurrent requests against one emulator.
 */
class ConcurrencyTests {

	@RegisterExtension
	static DatabricksEmulatorExtension databricks = new DatabricksEmulatorExtension();

	private WireClient client;

	@BeforeEach
	void connect() {
		this.client = new WireClient(databricks.emulator());
	}

	@Test
	void createsExactlyOneDistinctTokenPerConcurrentCreate() {
		List<Reply> replies = createConcurrently(500);
		assertThat(replies).extracting(Reply::status).containsOnly(200);
		Set<String> ids = replies.stream()
			.map((reply) -> reply.json().path("token_info").path("token_id").asString())
			.collect(Collectors.toSet());
		Set<String> values = replies.stream()
			.map((reply) -> reply.json().path("token_value").asString())
			.collect(Collectors.toSet());
		assertThat(ids).hasSize(500);
		assertThat(values).hasSize(500);
		assertThat(databricks.emulator().createdCount()).isEqualTo(500);
		assertThat(databricks.emulator().tokens(DatabricksEmulator.DEFAULT_PRINCIPAL)).hasSize(501);
		assertThat(databricks.emulator().journal()).hasSize(500);
	}

	@Test
	void neverLetsConcurrentCreatesPassTheQuota() {
		try (DatabricksEmulator small = DatabricksEmulator.builder().withDefaultPrincipal().tokenQuota(60).start()) {
			List<Reply> replies = createConcurrently(new WireClient(small), small.defaultToken(), 100);
			assertThat(replies).filteredOn((reply) -> reply.status() == 200).hasSize(59);
			assertThat(replies).filteredOn((reply) -> reply.status() == 400)
				.hasSize(41)
				.allSatisfy((reply) -> assertThat(reply.errorCode()).isEqualTo("QUOTA_EXCEEDED"));
			assertThat(small.tokens(DatabricksEmulator.DEFAULT_PRINCIPAL)).hasSize(60);
		}
	}

	@Test
	void consumesEachFaultExactlyOnceUnderConcurrency() {
		databricks.emulator().faults().next(37).matching(Operation.CREATE).status503();
		List<Reply> replies = createConcurrently(200);
		assertThat(replies).filteredOn((reply) -> reply.status() == 503).hasSize(37);
		assertThat(databricks.emulator().createdCount()).isEqualTo(163);
	}

	private List<Reply> createConcurrently(int count) {
		return createConcurrently(this.client, databricks.defaultToken(), count);
	}

	private static List<Reply> createConcurrently(WireClient client, String token, int count) {
		return Flux.range(0, count)
			.flatMap((i) -> client.exchange(HttpMethod.POST, "/api/2.0/token/create", "Bearer " + token,
					"{\"comment\":\"n" + i + "\"}", "application/json"), count)
			.collectList()
			.block();
	}

}
