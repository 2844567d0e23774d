package dev.dbtokens.test;

import java.time.Duration;
import java.time.Instant;

import dev.dbtokens.test.WireClient.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A workspace with a maximum token lifetime.
 */
class MaxLifetimeTests {

	private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

	@RegisterExtension
	static DatabricksEmulatorExtension databricks = new DatabricksEmulatorExtension(DatabricksEmulator.builder()
		.withDefaultPrincipal()
		.clock(MutableClock.at(NOW))
		.maxLifetime(Duration.ofDays(730)));

	private WireClient client;

	@BeforeEach
	void connect() {
		this.client = new WireClient(databricks.emulator());
	}

	@Test
	void givesTheMaximumLifetimeToCreateWithoutLifetimeSeconds() {
		Reply reply = this.client.create(databricks.defaultToken(), "{}");
		assertThat(reply.json().path("token_info").path("expiry_time").longValue())
			.isEqualTo(NOW.plus(Duration.ofDays(730)).toEpochMilli());
	}

	@Test
	void keepsAShorterLifetimeThanTheMaximum() {
		Reply reply = this.client.create(databricks.defaultToken(), "{\"lifetime_seconds\":86400}");
		assertThat(reply.json().path("token_info").path("expiry_time").longValue())
			.isEqualTo(NOW.plusSeconds(86400).toEpochMilli());
	}

	@Test
	void refusesLifetimeLongerThanTheMaximum() {
		long tooLong = Duration.ofDays(731).toSeconds();
		Reply reply = this.client.create(databricks.defaultToken(), "{\"lifetime_seconds\":" + tooLong + "}");
		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.errorCode()).isEqualTo("INVALID_PARAMETER_VALUE");
		assertThat(reply.json().path("message").asString()).contains("maximum token lifetime");
	}

}
