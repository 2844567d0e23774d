package dev.dbtokens.test;

import java.time.Instant;
import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The request journal, and what the emulator lets out of its journal and logs.
 */
class JournalTests {

	private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

	@RegisterExtension
	static DatabricksEmulatorExtension databricks = new DatabricksEmulatorExtension(DatabricksEmulator.builder()
		.withDefaultPrincipal()
		.withServicePrincipal("ci-bot", "client-1", "dose-journal-secret")
		.clock(MutableClock.at(NOW)));

	private final Logger logger = (Logger) LoggerFactory.getLogger(DatabricksEmulator.class);

	private final ListAppender<ILoggingEvent> logs = new ListAppender<>();

	private WireClient client;

	@BeforeEach
	void connect() {
		this.client = new WireClient(databricks.emulator());
		this.logs.start();
		this.logger.addAppender(this.logs);
		this.logger.setLevel(Level.DEBUG);
	}

	@AfterEach
	void detachLogs() {
		this.logger.detachAppender(this.logs);
		this.logger.setLevel(null);
	}

	@Test
	void recordsOperationMethodPathStatusPrincipalAndTime() {
		String id = this.client.create(databricks.defaultToken(), "{}").json().path("token_info").path("token_id")
			.asString();
		this.client.list(null);
		this.client.get("/nowhere", null);
		this.client.patch("/api/2.0/token/" + id, databricks.defaultToken(), "{\"update_mask\":\"comment\"}");
		assertThat(databricks.emulator().journal()).containsExactly(
				new RecordedRequest(Operation.CREATE, "POST", "/api/2.0/token/create", 200,
						DatabricksEmulator.DEFAULT_PRINCIPAL, NOW, false),
				new RecordedRequest(Operation.LIST, "GET", "/api/2.0/token/list", 401, null, NOW, false),
				new RecordedRequest(null, "GET", "/nowhere", 404, null, NOW, false),
				new RecordedRequest(Operation.UPDATE, "PATCH", "/api/2.0/token/" + id, 200,
						DatabricksEmulator.DEFAULT_PRINCIPAL, NOW, false));
	}

	@Test
	void forgetsRecordedRequestsOnClearJournal() {
		this.client.list(databricks.defaultToken());
		databricks.emulator().clearJournal();
		assertThat(databricks.emulator().journal()).isEmpty();
	}

	@Test
	void keepsTokensAndSecretsOutOfJournalAndLogs() {
		String minted = this.client.create(databricks.defaultToken(), "{}").json().path("token_value").asString();
		String accessToken = this.client.oauthToken("client-1", "dose-journal-secret")
			.json()
			.path("access_token")
			.asString();
		this.client.list(accessToken);
		this.client.oauthToken("client-1", "dose-wrong-secret");
		List<String> secrets = List.of(databricks.defaultToken(), minted, accessToken, "dose-journal-secret",
				"dose-wrong-secret");
		String journal = databricks.emulator().journal().toString();
		String logged = this.logs.list.stream().map(ILoggingEvent::getFormattedMessage).toList().toString();
		assertThat(this.logs.list).extracting(ILoggingEvent::getFormattedMessage)
			.contains("POST /api/2.0/token/create -> 200", "POST /oidc/v1/token -> 401");
		for (String secret : secrets) {
			assertThat(journal).doesNotContain(secret);
			assertThat(logged).doesNotContain(secret);
		}
	}

	@Test
	void printsPrincipalsWithoutTheirSecrets() {
		assertThat(databricks.emulator().principals().defaultPrincipal().toString()).contains(DatabricksEmulator.DEFAULT_PRINCIPAL)
			.doesNotContain(databricks.defaultToken());
		assertThat(databricks.emulator().principals().servicePrincipal("ci-bot").toString()).contains("client-1")
			.doesNotContain("dose-journal-secret");
	}

}
