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
import static org.assertj.core.api.Assertions.tuple;

/**
 * {@code /api/2.0/token-management/tokens}: an admin sees, reads, updates and deletes every
 * principal's tokens; nobody else may.
 */
class TokenManagementTests {

	private static final Instant NOW = Instant.parse("2026-03-01T10:15:30Z");

	private static final String ADMIN = "admin@example.com";

	private static final String ALICE = "alice@example.com";

	private static final String TOKENS = "/api/2.0/token-management/tokens";

	private static final MutableClock clock = MutableClock.at(NOW);

	@RegisterExtension
	static DatabricksEmulatorExtension databricks = new DatabricksEmulatorExtension(
			DatabricksEmulator.builder().clock(clock).withAdmin(ADMIN).withPrincipal(ALICE));

	private WireClient client;

	private String admin;

	private String alice;

	@BeforeEach
	void connect() {
		clock.set(NOW);
		this.client = new WireClient(databricks.emulator());
		this.admin = databricks.emulator().principals().principal(ADMIN).token();
		this.alice = databricks.emulator().principals().principal(ALICE).token();
	}

	@Test
	void listsEveryPrincipalsTokensWithCreatorOwnerAndWorkspace() {
		String id = createdByAlice("{\"comment\":\"alice's\"}");
		JsonNode info = find(this.client.get(TOKENS, this.admin).json(), id);
		long aliceId = databricks.emulator().principals().principalId(ALICE);
		assertThat(info.path("comment").asString()).isEqualTo("alice's");
		assertThat(info.path("created_by_id").longValue()).isEqualTo(aliceId);
		assertThat(info.path("created_by_username").asString()).isEqualTo(ALICE);
		assertThat(info.path("owner_id").longValue()).isEqualTo(aliceId);
		assertThat(info.path("workspace_id").longValue()).isEqualTo(DatabricksEmulator.DEFAULT_WORKSPACE_ID);
		assertThat(info.path("expiry_time").longValue()).isEqualTo(-1L);
		assertThat(this.client.get(TOKENS, this.admin).json().path("token_infos").values()).hasSize(3);
	}

	@Test
	void filtersByCreatorIdOrUserName() {
		createdByAlice("{}");
		long aliceId = databricks.emulator().principals().principalId(ALICE);
		assertThat(creators(this.client.get(TOKENS + "?created_by_id=" + aliceId, this.admin))).containsOnly(ALICE)
			.hasSize(2);
		assertThat(creators(this.client.get(TOKENS + "?created_by_username=" + ADMIN, this.admin))).containsExactly(ADMIN);
		assertThat(this.client.get(TOKENS + "?created_by_username=nobody", this.admin).json().has("token_infos"))
			.isFalse();
		assertThat(this.client.get(TOKENS + "?created_by_id=abc", this.admin).errorCode())
			.isEqualTo("INVALID_PARAMETER_VALUE");
	}

	@Test
	void getsOneTokenOrAnswersResourceDoesNotExist() {
		String id = createdByAlice("{\"comment\":\"one\"}");
		Reply reply = this.client.get(TOKENS + "/" + id, this.admin);
		assertThat(reply.json().path("token_info").path("token_id").asString()).isEqualTo(id);
		Reply unknown = this.client.get(TOKENS + "/unknown", this.admin);
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.errorCode()).isEqualTo("RESOURCE_DOES_NOT_EXIST");
	}

	@Test
	void updatesAnyTokenAndAnswersItsTokenInfo() {
		String id = createdByAlice("{\"comment\":\"before\"}");
		Reply reply = this.client.patch(TOKENS + "/" + id, this.admin,
				"{\"token\":{\"comment\":\"after\",\"scopes\":[\"sql\"]},\"update_mask\":\"comment,scopes\"}");
		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.json().path("comment").asString()).isEqualTo("after");
		assertThat(reply.json().path("owner_id").longValue()).isEqualTo(databricks.emulator().principals().principalId(ALICE));
		assertThat(databricks.emulator().tokens(ALICE).get(1).scopes()).containsExactly("sql");
	}

	@Test
	void deletesAnyTokenSoItNoLongerAuthenticates() {
		Reply created = this.client.create(this.alice, "{}");
		String id = created.json().path("token_info").path("token_id").asString();
		assertThat(this.client.httpDelete(TOKENS + "/" + id, this.admin).text()).isEqualTo("{}");
		assertThat(this.client.list(created.json().path("token_value").asString()).status()).isEqualTo(403);
		assertThat(this.client.httpDelete(TOKENS + "/" + id, this.admin).errorCode())
			.isEqualTo("RESOURCE_DOES_NOT_EXIST");
	}

	@Test
	void refusesNonAdminsWithPermissionDenied() {
		String id = createdByAlice("{}");
		for (Reply reply : List.of(this.client.get(TOKENS, this.alice), this.client.get(TOKENS + "/" + id, this.alice),
				this.client.httpDelete(TOKENS + "/" + id, this.alice))) {
			assertThat(reply.status()).isEqualTo(403);
			assertThat(reply.errorCode()).isEqualTo("PERMISSION_DENIED");
		}
		assertThat(databricks.emulator().tokens(ALICE)).hasSize(2);
	}

	@Test
	void recordsTheDayATokenLastAuthenticatedARequest() {
		String id = createdByAlice("{}");
		assertThat(tokenInfo(id).has("last_used_day")).isFalse();
		Reply created = this.client.create(this.alice, "{}");
		String usedId = created.json().path("token_info").path("token_id").asString();
		this.client.list(created.json().path("token_value").asString());
		Instant day = Instant.parse("2026-03-01T00:00:00Z");
		assertThat(tokenInfo(usedId).path("last_used_day").longValue()).isEqualTo(day.toEpochMilli());
		clock.advance(Duration.ofDays(2));
		this.client.list(created.json().path("token_value").asString());
		assertThat(tokenInfo(usedId).path("last_used_day").longValue())
			.isEqualTo(day.plus(Duration.ofDays(2)).toEpochMilli());
		assertThat(databricks.emulator().tokens(ALICE).get(2).lastUsedDay()).isEqualTo(day.plus(Duration.ofDays(2)));
	}

	@Test
	void journalsAndInjectsFaultsForTheNewOperations() {
		databricks.emulator().faults().next().matching(Operation.MANAGEMENT_LIST).status503();
		assertThat(this.client.get(TOKENS, this.admin).status()).isEqualTo(503);
		assertThat(this.client.get(TOKENS, this.admin).status()).isEqualTo(200);
		assertThat(databricks.emulator().journal()).extracting(RecordedRequest::operation, RecordedRequest::principal)
			.containsSubsequence(tuple(Operation.MANAGEMENT_LIST, null),
					tuple(Operation.MANAGEMENT_LIST, ADMIN));
	}

	private String createdByAlice(String body) {
		return this.client.create(this.alice, body).json().path("token_info").path("token_id").asString();
	}

	private JsonNode tokenInfo(String id) {
		return this.client.get(TOKENS + "/" + id, this.admin).json().path("token_info");
	}

	private static List<String> creators(Reply reply) {
		return reply.json().path("token_infos").values().stream().map((i) -> i.path("created_by_username").asString())
			.toList();
	}

	private static JsonNode find(JsonNode list, String id) {
		return list.path("token_infos").values().stream().filter((i) -> i.path("token_id").asString().equals(id))
			.findFirst()
			.orElseThrow(() -> new AssertionError("token " + id + " is not listed"));
	}

}
