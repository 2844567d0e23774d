package dev.dbtokens.test;

import java.time.Duration;
import java.time.Instant;

import dev.dbtokens.test.WireClient.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /api/2.0/workspace-conf}: {@code maxTokenLifetimeDays} and {@code enableTokensConfig}.
 */
class WorkspaceConfTests {

	private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

	private static final String CONF = "/api/2.0/workspace-conf";

	private static final String KEYS = CONF + "?keys=enableTokensConfig,maxTokenLifetimeDays";

	@RegisterExtension
	static DatabricksEmulatorExtension databricks = new DatabricksEmulatorExtension(DatabricksEmulator.builder()
		.clock(MutableClock.at(NOW))
		.withAdmin("admin@example.com")
		.withPrincipal("alice@example.com")
		.withServicePrincipal("admin-bot")
		.withGroup(DatabricksEmulator.ADMINS_GROUP, "admin-bot"));

	private WireClient client;

	private String admin;

	@BeforeEach
	void connect() {
		this.client = new WireClient(databricks.emulator());
		this.admin = databricks.emulator().principals().principal("admin@example.com").token();
	}

	@Test
	void readsTheRequestedKeysAsStrings() {
		JsonNode conf = this.client.get(KEYS, this.admin).json();
		assertThat(conf.path("enableTokensConfig").asString()).isEqualTo("true");
		assertThat(conf.path("maxTokenLifetimeDays").isNull()).isTrue();
		assertThat(this.client.get(CONF + "?keys=maxTokenLifetimeDays", this.admin).json().has("enableTokensConfig"))
			.isFalse();
	}

	@Test
	void readsEveryKnownKeyWhenNoneIsNamedAsTheJavaSdkAsks() {
		JsonNode conf = this.client.get(CONF, this.admin).json();
		assertThat(conf.has("enableTokensConfig")).isTrue();
		assertThat(conf.has("maxTokenLifetimeDays")).isTrue();
	}

	@Test
	void enforcesAMaximumLifetimeSetAtRunTime() {
		Reply patch = this.client.patch(CONF, this.admin, "{\"maxTokenLifetimeDays\":\"30\"}");
		assertThat(patch.status()).isEqualTo(200);
		assertThat(patch.text()).isEmpty();
		assertThat(this.client.get(KEYS, this.admin).json().path("maxTokenLifetimeDays").asString()).isEqualTo("30");
		String alice = databricks.emulator().principals().principal("alice@example.com").token();
		Reply tooLong = this.client.create(alice, "{\"lifetime_seconds\":" + Duration.ofDays(31).toSeconds() + "}");
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(tooLong.errorCode()).isEqualTo("INVALID_PARAMETER_VALUE");
		assertThat(this.client.create(alice, "{}").json().path("token_info").path("expiry_time").longValue())
			.isEqualTo(NOW.plus(Duration.ofDays(30)).toEpochMilli());
	}

	@Test
	void disabledTokensNeitherAuthenticateNorAreCreatedUntilAnOAuthAdminEnablesThem() {
		assertThat(this.client.patch(CONF, this.admin, "{\"enableTokensConfig\":\"false\"}").status()).isEqualTo(200);
		Reply refused = this.client.list(this.admin);
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.errorCode()).isEqualTo("PERMISSION_DENIED");
		ServicePrincipal bot = databricks.emulator().principals().servicePrincipal("admin-bot");
		String accessToken = this.client.oauthToken(bot.clientId(), bot.clientSecret()).json().path("access_token")
			.asString();
		Reply create = this.client.create(accessToken, "{}");
		assertThat(create.status()).isEqualTo(403);
		assertThat(create.json().path("message").asString()).contains("Personal access tokens are disabled");
		assertThat(this.client.patch(CONF, accessToken, "{\"enableTokensConfig\":\"true\"}").status()).isEqualTo(200);
		assertThat(this.client.list(this.admin).status()).isEqualTo(200);
		assertThat(databricks.emulator().tokens("admin@example.com")).hasSize(1);
	}

	@Test
	void refusesBadValuesUnknownKeysAndNonAdmins() {
		assertThat(this.client.patch(CONF, this.admin, "{\"enableTokensConfig\":false}").errorCode())
			.isEqualTo("INVALID_PARAMETER_VALUE");
		assertThat(this.client.patch(CONF, this.admin, "{\"maxTokenLifetimeDays\":\"ninety\"}").errorCode())
			.isEqualTo("INVALID_PARAMETER_VALUE");
		assertThat(this.client.get(CONF + "?keys=somethingElse", this.admin).errorCode())
			.isEqualTo("INVALID_PARAMETER_VALUE");
		String alice = databricks.emulator().principals().principal("alice@example.com").token();
		assertThat(this.client.patch(CONF, alice, "{\"maxTokenLifetimeDays\":\"1\"}").status()).isEqualTo(403);
		assertThat(this.client.get(KEYS, this.admin).json().path("maxTokenLifetimeDays").isNull()).isTrue();
	}

}
