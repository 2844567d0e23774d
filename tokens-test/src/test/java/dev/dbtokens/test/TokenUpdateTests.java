package dev.dbtokens.test;

import dev.dbtokens.test.WireClient.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code PATCH /api/2.0/token/{token_id}} with an update mask.
 */
class TokenUpdateTests {

	@RegisterExtension
	static DatabricksEmulatorExtension databricks = new DatabricksEmulatorExtension(
			DatabricksEmulator.builder().withDefaultPrincipal().withPrincipal("bob@example.com"));

	private WireClient client;

	private String token;

	private JsonNode created;

	@BeforeEach
	void createToken() {
		this.client = new WireClient(databricks.emulator());
		this.token = databricks.defaultToken();
		this.created = this.client.create(this.token, "{\"comment\":\"before\",\"scopes\":[\"sql\"],"
				+ "\"lifetime_seconds\":3600}").json().path("token_info");
	}

	@Test
	void answersAnEmptyObjectLikeTheRealService() {
		Reply reply = patch("{\"token\":{\"comment\":\"after\"},\"update_mask\":\"comment\"}");
		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.text()).isEqualTo("{}");
	}

	@Test
	void updatesCommentAndScopesNamedInTheMask() {
		Reply reply = patch("{\"token\":{\"comment\":\"after\",\"scopes\":[\"clusters\",\"jobs\"]},"
				+ "\"update_mask\":\"comment,scopes\"}");
		assertThat(reply.status()).isEqualTo(200);
		JsonNode info = listed();
		assertThat(info.path("token_id").asString()).isEqualTo(id());
		assertThat(info.path("comment").asString()).isEqualTo("after");
		assertThat(info.path("scopes").values()).extracting(JsonNode::asString).containsExactly("clusters", "jobs");
		assertThat(info.path("creation_time").longValue()).isEqualTo(this.created.path("creation_time").longValue());
		assertThat(info.path("expiry_time").longValue()).isEqualTo(this.created.path("expiry_time").longValue());
		assertThat(databricks.emulator().tokens(DatabricksEmulator.DEFAULT_PRINCIPAL).get(1).comment())
			.isEqualTo("after");
	}

	@Test
	void leavesFieldsOutsideTheMaskUnchanged() {
		patch("{\"token\":{\"comment\":\"after\",\"scopes\":[\"jobs\"]},\"update_mask\":\"comment\"}");
		JsonNode info = listed();
		assertThat(info.path("comment").asString()).isEqualTo("after");
		assertThat(info.path("scopes").get(0).asString()).isEqualTo("sql");
	}

	@Test
	void clearsAFieldNamedInTheMaskButAbsentFromTheToken() {
		patch("{\"token\":{},\"update_mask\":\" scopes \"}");
		JsonNode info = listed();
		assertThat(info.has("scopes")).isFalse();
		assertThat(info.path("comment").asString()).isEqualTo("before");
	}

	@Test
	void answersInvalidParameterValueWithoutUpdateMask() {
		Reply reply = patch("{\"token\":{\"comment\":\"after\"}}");
		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.errorCode()).isEqualTo("INVALID_PARAMETER_VALUE");
	}

	@Test
	void answersInvalidParameterValueForAFieldThatCannotBeUpdated() {
		Reply reply = patch("{\"token\":{\"expiry_time\":1},\"update_mask\":\"comment,expiry_time\"}");
		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.errorCode()).isEqualTo("INVALID_PARAMETER_VALUE");
		assertThat(reply.json().path("message").asString()).contains("expiry_time");
	}

	@Test
	void answersNotFoundForUnknownOrForeignTokenAsTheApiReferenceSays() {
		String bob = databricks.emulator().principals().principal("bob@example.com").token();
		Reply foreign = this.client.patch("/api/2.0/token/" + id(), bob, "{\"update_mask\":\"comment\"}");
		assertThat(foreign.status()).isEqualTo(404);
		assertThat(foreign.errorCode()).isEqualTo("NOT_FOUND");
		Reply reply = this.client.patch("/api/2.0/token/unknown", this.token, "{\"update_mask\":\"comment\"}");
		assertThat(reply.status()).isEqualTo(404);
		assertThat(reply.errorCode()).isEqualTo("NOT_FOUND");
	}

	private Reply patch(String body) {
		return this.client.patch("/api/2.0/token/" + id(), this.token, body);
	}

	/** The token as {@code token/list} shows it after the update. */
	private JsonNode listed() {
		for (JsonNode info : this.client.list(this.token).json().path("token_infos").values()) {
			if (info.path("token_id").asString().equals(id())) {
				return info;
			}
		}
		throw new AssertionError("token " + id() + " is not listed");
	}

	private String id() {
		return this.created.path("token_id").asString();
	}

}
