package dev.dbtokens.test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.dbtokens.test.WireClient.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/2.0/token/delete} and {@code GET /api/2.0/token/list}.
 */
class TokenDeleteAndListTests {

	private static final MutableClock clock = MutableClock.at(Instant.parse("2026-03-01T10:00:00Z"));

	@RegisterExtension
	static DatabricksEmulatorExtension databricks = new DatabricksEmulatorExtension(
			DatabricksEmulator.builder().withDefaultPrincipal().withPrincipal("bob@example.com").clock(clock));

	private WireClient client;

	private String token;

	@BeforeEach
	void connect() {
		this.client = new WireClient(databricks.emulator());
		this.token = databricks.defaultToken();
	}

	@Test
	void deletesOwnTokenAndAnswersEmptyObject() {
		String id = createdId(this.token, "{\"comment\":\"old\"}");
		Reply reply = this.client.delete(this.token, id);
		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.text()).isEqualTo("{}");
		assertThat(databricks.emulator().tokens(DatabricksEmulator.DEFAULT_PRINCIPAL))
			.extracting(EmulatedToken::tokenId)
			.doesNotContain(id);
	}

	@Test
	void answersResourceDoesNotExistForUnknownTokenId() {
		Reply reply = this.client.delete(this.token, "no-such-id");
		assertThat(reply.status()).isEqualTo(404);
		assertThat(reply.errorCode()).isEqualTo("RESOURCE_DOES_NOT_EXIST");
		assertThat(reply.json().path("message").asString()).contains("no-such-id");
	}

	@Test
	void answersResourceDoesNotExistForAnotherPrincipalsToken() {
		String bobsToken = databricks.emulator().principals().principal("bob@example.com").token();
		String bobsId = createdId(bobsToken, "{}");
		assertThat(this.client.delete(this.token, bobsId).errorCode()).isEqualTo("RESOURCE_DOES_NOT_EXIST");
		assertThat(databricks.emulator().tokens("bob@example.com")).extracting(EmulatedToken::tokenId)
			.contains(bobsId);
	}

	@Test
	void answersResourceDoesNotExistWhenDeletingTwice() {
		String id = createdId(this.token, "{}");
		this.client.delete(this.token, id);
		assertThat(this.client.delete(this.token, id).status()).isEqualTo(404);
	}

	@Test
	void answersInvalidParameterValueWhenTokenIdIsMissing() {
		Reply reply = this.client.post("/api/2.0/token/delete", this.token, "{}");
		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.errorCode()).isEqualTo("INVALID_PARAMETER_VALUE");
	}

	@Test
	void listsOnlyTheCallersLiveTokensWithTheSeedTokenFirst() {
		String first = createdId(this.token, "{\"comment\":\"a\",\"scopes\":[\"sql\"]}");
		String second = createdId(this.token, "{\"comment\":\"b\",\"lifetime_seconds\":60}");
		createdId(databricks.emulator().principals().principal("bob@example.com").token(), "{}");
		Reply reply = this.client.list(this.token);
		assertThat(reply.status()).isEqualTo(200);
		JsonNode infos = reply.json().path("token_infos");
		assertThat(infos.values()).extracting((info) -> info.path("token_id").asString())
			.containsExactly(seedTokenId(), first, second);
		assertThat(infos.get(1).path("scopes").get(0).asString()).isEqualTo("sql");
		assertThat(infos.get(2).path("expiry_time").longValue()).isEqualTo(clock.millis() + 60_000);
		assertThat(reply.text()).doesNotContain("token_value").doesNotContain("dapi");
	}

	@Test
	void leavesExpiredAndDeletedTokensOutOfTheList() {
		String expiring = createdId(this.token, "{\"lifetime_seconds\":30}");
		String deleted = createdId(this.token, "{}");
		this.client.delete(this.token, deleted);
		assertThat(listedIds()).contains(expiring);
		clock.advance(Duration.ofSeconds(30));
		assertThat(listedIds()).containsExactly(seedTokenId());
	}

	@Test
	void leavesTokenInfosOutWhenThePrincipalHasNoToken() {
		// A service principal authenticates with OAuth, so it can hold no personal access token.
		ServicePrincipal robot = databricks.emulator().principals().addServicePrincipal("robot");
		String accessToken = this.client.oauthToken(robot.clientId(), robot.clientSecret())
			.json()
			.path("access_token")
			.asString();
		Reply reply = this.client.list(accessToken);
		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.text()).isEqualTo("{}");
	}

	private String createdId(String token, String body) {
		return this.client.create(token, body).json().path("token_info").path("token_id").asString();
	}

	private String seedTokenId() {
		return databricks.emulator().tokens(DatabricksEmulator.DEFAULT_PRINCIPAL).get(0).tokenId();
	}

	private List<String> listedIds() {
		return this.client.list(this.token)
			.json()
			.path("token_infos")
			.values()
			.stream()
			.map((info) -> info.path("token_id").asString())
			.toList();
	}

}
