package dev.dbtokens.test;

import java.time.Duration;
import java.time.Instant;

import dev.dbtokens.test.WireClient.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/2.0/token/create}.
 */
class TokenCreateTests {

	private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

	private static final MutableClock clock = MutableClock.at(NOW);

	@RegisterExtension
	static DatabricksEmulatorExtension databricks = new DatabricksEmulatorExtension(
			DatabricksEmulator.builder().withDefaultPrincipal().clock(clock).tokenQuota(3));

	private WireClient client;

	@BeforeEach
	void connect() {
		clock.set(NOW);
		this.client = new WireClient(databricks.emulator());
	}

	@Test
	void createsTokenThatNeverExpiresWhenNoLifetimeIsGiven() {
		Reply reply = this.client.create(databricks.defaultToken(), "{\"comment\":\"ci\"}");
		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.headers().get("Content-Type")).isEqualTo("application/json");
		JsonNode json = reply.json();
		assertThat(json.path("token_value").asString()).matches("dapi[0-9a-f]{32}");
		JsonNode info = json.path("token_info");
		assertThat(info.path("token_id").asString()).matches("[0-9a-f]{64}");
		assertThat(info.path("comment").asString()).isEqualTo("ci");
		assertThat(info.path("creation_time").longValue()).isEqualTo(NOW.toEpochMilli());
		assertThat(info.path("expiry_time").longValue()).isEqualTo(-1L);
		assertThat(info.has("scopes")).isFalse();
	}

	@Test
	void setsExpiryTimeFromLifetimeSecondsInEpochMilliseconds() {
		Reply reply = this.client.create(databricks.defaultToken(), "{\"lifetime_seconds\":3600}");
		assertThat(reply.json().path("token_info").path("expiry_time").longValue())
			.isEqualTo(NOW.plusSeconds(3600).toEpochMilli());
	}

	@Test
	void acceptsLifetimeSecondsAsDecimalString() {
		Reply reply = this.client.create(databricks.defaultToken(), "{\"lifetime_seconds\":\"60\"}");
		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.json().path("token_info").path("expiry_time").longValue())
			.isEqualTo(NOW.plusSeconds(60).toEpochMilli());
	}

	@Test
	void returnsScopesAndIgnoresUnknownFields() {
		Reply reply = this.client.create(databricks.defaultToken(),
				"{\"scopes\":[\"sql\",\"clusters\"],\"future_field\":{\"x\":1}}");
		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.json().path("token_info").path("scopes").values()).extracting(JsonNode::asString)
			.containsExactly("sql", "clusters");
	}

	@Test
	void leavesCommentOutWhenNoneIsGiven() {
		Reply reply = this.client.create(databricks.defaultToken(), "");
		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.json().path("token_info").has("comment")).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "-5", "\"abc\"", "1.5", "true", "\"\"", "99999999999999999999" })
	void answersInvalidParameterValueForBadLifetime(String lifetime) {
		Reply reply = this.client.create(databricks.defaultToken(), "{\"lifetime_seconds\":" + lifetime + "}");
		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.errorCode()).isEqualTo("INVALID_PARAMETER_VALUE");
		assertThat(reply.json().path("message").asString()).contains("lifetime_seconds");
		assertThat(databricks.emulator().createdCount()).isZero();
	}

	@Test
	void answersInvalidParameterValueWhenLifetimeOverflowsTheCalendar() {
		Reply reply = this.client.create(databricks.defaultToken(),
				"{\"lifetime_seconds\":" + Long.MAX_VALUE + "}");
		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.errorCode()).isEqualTo("INVALID_PARAMETER_VALUE");
	}

	@Test
	void answersMalformedRequestWhenBodyIsNotAJsonObject() {
		Reply reply = this.client.create(databricks.defaultToken(), "[1,2");
		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.errorCode()).isEqualTo("MALFORMED_REQUEST");
	}

	@Test
	void answersInvalidParameterValueWhenCommentIsNotAString() {
		Reply reply = this.client.create(databricks.defaultToken(), "{\"comment\":42}");
		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.errorCode()).isEqualTo("INVALID_PARAMETER_VALUE");
	}

	@Test
	void answersQuotaExceededWhenPrincipalHasTooManyTokens() {
		// The quota is 3 and the seed token counts: two creates fit.
		assertThat(this.client.create(databricks.defaultToken(), "{}").status()).isEqualTo(200);
		assertThat(this.client.create(databricks.defaultToken(), "{}").status()).isEqualTo(200);
		Reply reply = this.client.create(databricks.defaultToken(), "{}");
		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.errorCode()).isEqualTo("QUOTA_EXCEEDED");
		assertThat(databricks.emulator().createdCount()).isEqualTo(2);
	}

	@Test
	void allowsCreatingAgainOnceTokensExpireBelowTheQuota() {
		this.client.create(databricks.defaultToken(), "{\"lifetime_seconds\":10}");
		this.client.create(databricks.defaultToken(), "{\"lifetime_seconds\":10}");
		assertThat(this.client.create(databricks.defaultToken(), "{}").errorCode()).isEqualTo("QUOTA_EXCEEDED");
		clock.advance(Duration.ofSeconds(10));
		assertThat(this.client.create(databricks.defaultToken(), "{}").status()).isEqualTo(200);
	}

}
