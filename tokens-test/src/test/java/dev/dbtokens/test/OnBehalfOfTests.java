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
 * {@code POST /api/2.0/token-management/on-behalf-of/tokens}: an admin mints a token that
 * authenticates as a service principal.
 */
class OnBehalfOfTests {

	private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

	private static final String ADMIN = "admin@example.com";

	private static final String OBO = "/api/2.0/token-management/on-behalf-of/tokens";

	@RegisterExtension
	static DatabricksEmulatorExtension databricks = new DatabricksEmulatorExtension(DatabricksEmulator.builder()
		.clock(MutableClock.at(NOW))
		.maxLifetime(Duration.ofDays(90))
		.withAdmin(ADMIN)
		.withPrincipal("alice@example.com")
		.withServicePrincipal("ci-bot")
		.withServicePrincipal("ops-bot"));

	private WireClient client;

	private String admin;

	private String applicationId;

	@BeforeEach
	void connect() {
		this.client = new WireClient(databricks.emulator());
		this.admin = databricks.emulator().principals().principal(ADMIN).token();
		this.applicationId = databricks.emulator().principals().servicePrincipal("ci-bot").applicationId();
	}

	@Test
	void mintsATokenThatAuthenticatesAsTheServicePrincipal() {
		Reply reply = obo(this.admin, "{\"application_id\":\"" + this.applicationId + "\",\"comment\":\"CI\","
				+ "\"lifetime_seconds\":3600}");
		assertThat(reply.status()).isEqualTo(200);
		String value = reply.json().path("token_value").asString();
		assertThat(this.client.list(value).json().path("token_infos").get(0).path("comment").asString())
			.isEqualTo("CI");
		assertThat(databricks.emulator().journal().get(databricks.emulator().journal().size() - 1).principal())
			.isEqualTo("ci-bot");
	}

	@Test
	void listsItWithTheAdminAsCreatorAndTheServicePrincipalAsOwner() {
		JsonNode info = obo(this.admin, "{\"application_id\":\"" + this.applicationId + "\"}").json()
			.path("token_info");
		assertThat(info.path("created_by_id").longValue()).isEqualTo(databricks.emulator().principals().principalId(ADMIN));
		assertThat(info.path("created_by_username").asString()).isEqualTo(ADMIN);
		assertThat(info.path("owner_id").longValue()).isEqualTo(databricks.emulator().principals().principalId("ci-bot"));
		EmulatedToken token = databricks.emulator().tokens("ci-bot").get(0);
		assertThat(token.onBehalfOf()).isTrue();
		assertThat(token.createdBy()).isEqualTo(ADMIN);
	}

	@Test
	void givesTheMaximumLifetimeWhenNoneIsAskedAndRefusesALongerOne() {
		JsonNode info = obo(this.admin, "{\"application_id\":\"" + this.applicationId + "\"}").json()
			.path("token_info");
		assertThat(info.path("expiry_time").longValue()).isEqualTo(NOW.plus(Duration.ofDays(90)).toEpochMilli());
		Reply tooLong = obo(this.admin, "{\"application_id\":\"" + this.applicationId + "\",\"lifetime_seconds\":"
				+ Duration.ofDays(91).toSeconds() + "}");
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(tooLong.errorCode()).isEqualTo("INVALID_PARAMETER_VALUE");
	}

	@Test
	void refusesNonAdminsAndUnknownApplicationIds() {
		String alice = databricks.emulator().principals().principal("alice@example.com").token();
		Reply notAdmin = obo(alice, "{\"application_id\":\"" + this.applicationId + "\"}");
		assertThat(notAdmin.status()).isEqualTo(403);
		assertThat(notAdmin.errorCode()).isEqualTo("PERMISSION_DENIED");
		Reply unknown = obo(this.admin, "{\"application_id\":\"00000000-0000-0000-0000-000000000000\"}");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.errorCode()).isEqualTo("RESOURCE_DOES_NOT_EXIST");
		assertThat(obo(this.admin, "{}").errorCode()).isEqualTo("INVALID_PARAMETER_VALUE");
		assertThat(databricks.emulator().tokens("ci-bot")).isEmpty();
	}

	@Test
	void refusesAServicePrincipalWithoutCanUseAsDatabricksDoes() {
		this.client.put("/api/2.0/permissions/authorization/tokens", this.admin,
				"{\"access_control_list\":[{\"service_principal_name\":\"" + this.applicationId
						+ "\",\"permission_level\":\"CAN_USE\"}]}");
		String other = databricks.emulator().principals().servicePrincipal("ops-bot").applicationId();
		Reply reply = obo(this.admin, "{\"application_id\":\"" + other + "\"}");
		assertThat(reply.status()).isEqualTo(403);
		assertThat(reply.json().path("message").asString())
			.isEqualTo("User " + other + " does not have permission to use tokens.");
		assertThat(obo(this.admin, "{\"application_id\":\"" + this.applicationId + "\"}").status()).isEqualTo(200);
	}

	@Test
	void aServicePrincipalAdminActsAsItselfThroughOAuth() {
		databricks.emulator().principals().addToGroup(DatabricksEmulator.ADMINS_GROUP, "ops-bot");
		ServicePrincipal ops = databricks.emulator().principals().servicePrincipal("ops-bot");
		String accessToken = this.client.oauthToken(ops.clientId(), ops.clientSecret()).json().path("access_token")
			.asString();
		JsonNode info = obo(accessToken, "{\"application_id\":\"" + this.applicationId + "\"}").json()
			.path("token_info");
		assertThat(info.path("created_by_username").asString()).isEqualTo(ops.applicationId());
		assertThat(info.path("created_by_id").longValue()).isEqualTo(databricks.emulator().principals().principalId("ops-bot"));
	}

	private Reply obo(String token, String body) {
		return this.client.post(OBO, token, body);
	}

}
