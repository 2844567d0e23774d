package dev.dbtokens.test;

import dev.dbtokens.test.WireClient.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /api/2.0/permissions/authorization/tokens}: who may create and use tokens.
 */
class TokenPermissionsTests {

	private static final String PERMISSIONS = "/api/2.0/permissions/authorization/tokens";

	private static final String ALICE = "alice@example.com";

	private static final String BOB = "bob@example.com";

	@RegisterExtension
	static DatabricksEmulatorExtension databricks = new DatabricksEmulatorExtension(DatabricksEmulator.builder()
		.withAdmin("admin@example.com")
		.withPrincipal(ALICE)
		.withPrincipal(BOB)
		.withGroup("data-engineers", BOB));

	private WireClient client;

	private String admin;

	@BeforeEach
	void connect() {
		this.client = new WireClient(databricks.emulator());
		this.admin = databricks.emulator().principals().principal("admin@example.com").token();
	}

	@Test
	void startsWithAdminsManagingAndEveryUserUsingTokens() {
		JsonNode permissions = this.client.get(PERMISSIONS, this.admin).json();
		assertThat(permissions.path("object_id").asString()).isEqualTo("authorization/tokens");
		assertThat(permissions.path("object_type").asString()).isEqualTo("tokens");
		JsonNode acl = permissions.path("access_control_list");
		assertThat(acl.get(0).path("group_name").asString()).isEqualTo("admins");
		assertThat(acl.get(0).path("all_permissions").get(0).path("permission_level").asString())
			.isEqualTo("CAN_MANAGE");
		assertThat(acl.get(1).path("group_name").asString()).isEqualTo("users");
		assertThat(acl.get(1).path("all_permissions").get(0).path("permission_level").asString()).isEqualTo("CAN_USE");
		assertThat(acl.get(1).path("all_permissions").get(0).path("inherited").booleanValue()).isFalse();
		assertThat(this.client.create(token(ALICE), "{}").status()).isEqualTo(200);
	}

	@Test
	void replacingTheGrantsRefusesAndRevokesThoseWhoLostCanUse() {
		Reply set = this.client.put(PERMISSIONS, this.admin,
				"{\"access_control_list\":[{\"group_name\":\"data-engineers\",\"permission_level\":\"CAN_USE\"}]}");
		assertThat(set.json().path("access_control_list").get(1).path("group_name").asString())
			.isEqualTo("data-engineers");
		assertThat(databricks.emulator().tokens(ALICE)).isEmpty();
		Reply refused = this.client.create(databricks.emulator().principals().addPrincipal("carol@example.com").token(), "{}");
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.errorCode()).isEqualTo("PERMISSION_DENIED");
		assertThat(refused.json().path("message").asString()).contains("does not have permission to use tokens");
		assertThat(this.client.create(token(BOB), "{}").status()).isEqualTo(200);
		assertThat(this.client.create(this.admin, "{}").status()).isEqualTo(200);
	}

	@Test
	void updatingAddsAGrantToAUser() {
		this.client.put(PERMISSIONS, this.admin, "{\"access_control_list\":[]}");
		String carol = databricks.emulator().principals().addPrincipal("carol@example.com").token();
		Reply update = this.client.patch(PERMISSIONS, this.admin,
				"{\"access_control_list\":[{\"user_name\":\"carol@example.com\",\"permission_level\":\"CAN_USE\"}]}");
		JsonNode entry = update.json().path("access_control_list").get(1);
		assertThat(entry.path("user_name").asString()).isEqualTo("carol@example.com");
		assertThat(entry.path("display_name").asString()).isEqualTo("carol@example.com");
		assertThat(this.client.create(carol, "{}").status()).isEqualTo(200);
	}

	@Test
	void refusesCanManageUnknownPrincipalsAndNonAdmins() {
		Reply manage = this.client.patch(PERMISSIONS, this.admin,
				"{\"access_control_list\":[{\"user_name\":\"" + ALICE + "\",\"permission_level\":\"CAN_MANAGE\"}]}");
		assertThat(manage.errorCode()).isEqualTo("INVALID_PARAMETER_VALUE");
		Reply unknown = this.client.patch(PERMISSIONS, this.admin,
				"{\"access_control_list\":[{\"group_name\":\"nobody\",\"permission_level\":\"CAN_USE\"}]}");
		assertThat(unknown.errorCode()).isEqualTo("INVALID_PARAMETER_VALUE");
		Reply notAdmin = this.client.get(PERMISSIONS, token(ALICE));
		assertThat(notAdmin.status()).isEqualTo(403);
		assertThat(notAdmin.errorCode()).isEqualTo("PERMISSION_DENIED");
	}

	@Test
	void listsThePermissionLevels() {
		JsonNode levels = this.client.get(PERMISSIONS + "/permissionLevels", token(ALICE)).json();
		assertThat(levels.path("permission_levels").values()).extracting((l) -> l.path("permission_level").asString())
			.containsExactly("CAN_USE", "CAN_MANAGE");
	}

	@Test
	void startsWithNoGrantWhenBuiltSo() {
		try (DatabricksEmulator restricted = DatabricksEmulator.builder()
			.withAdmin("admin@example.com")
			.withPrincipal(ALICE)
			.tokenUsageForAllUsers(false)
			.start()) {
			WireClient wire = new WireClient(restricted);
			assertThat(wire.list(restricted.principals().principal(ALICE).token()).status()).isEqualTo(403);
			assertThat(wire.get(PERMISSIONS, restricted.principals().principal("admin@example.com").token())
				.json()
				.path("access_control_list")
				.values()).hasSize(1);
		}
	}

	private static String token(String name) {
		return databricks.emulator().principals().principal(name).token();
	}

}
