package dev.dbtokens.test.sdk;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.databricks.sdk.WorkspaceClient;
import com.databricks.sdk.core.DatabricksConfig;
import com.databricks.sdk.core.error.platform.InvalidParameterValue;
import com.databricks.sdk.core.error.platform.NotFound;
import com.databricks.sdk.core.error.platform.PermissionDenied;
import com.databricks.sdk.core.error.platform.ResourceDoesNotExist;
import com.databricks.sdk.service.settings.CreateOboTokenRequest;
import com.databricks.sdk.service.settings.CreateOboTokenResponse;
import com.databricks.sdk.service.settings.CreateTokenRequest;
import com.databricks.sdk.service.settings.GetStatusRequest;
import com.databricks.sdk.service.settings.ListTokenManagementRequest;
import com.databricks.sdk.service.settings.PublicTokenInfo;
import com.databricks.sdk.service.settings.TokenAccessControlRequest;
import com.databricks.sdk.service.settings.TokenAccessControlResponse;
import com.databricks.sdk.service.settings.TokenInfo;
import com.databricks.sdk.service.settings.TokenPermissionLevel;
import com.databricks.sdk.service.settings.TokenPermissions;
import com.databricks.sdk.service.settings.TokenPermissionsDescription;
import com.databricks.sdk.service.settings.TokenPermissionsRequest;
import com.databricks.sdk.service.settings.UpdateTokenManagementRequest;
import com.databricks.sdk.service.settings.UpdateTokenRequest;
import com.google.protobuf.FieldMask;
import dev.dbtokens.test.DatabricksEmulator;
import dev.dbtokens.test.DatabricksEmulatorExtension;
import dev.dbtokens.test.EmulatedToken;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The official Databricks Java SDK, unchanged, against the emulator: every Token Management
 * operation, {@code workspaceConf()} and {@code tokens().update}.
 */
class DatabricksSdkCompatibilityTests {

	private static final String ADMIN = "admin@example.com";

	private static final String ALICE = "alice@example.com";

	@RegisterExtension
	static DatabricksEmulatorExtension databricks = new DatabricksEmulatorExtension(DatabricksEmulator.builder()
		.withAdmin(ADMIN)
		.withPrincipal(ALICE)
		.withServicePrincipal("ci-bot")
		.withGroup("data-engineers", ALICE));

	private WorkspaceClient admin;

	private WorkspaceClient alice;

	@BeforeEach
	void connect() {
		this.admin = sdk(databricks.emulator().principals().principal(ADMIN).token());
		this.alice = sdk(databricks.emulator().principals().principal(ALICE).token());
	}

	@Test
	void listsEveryTokenAndFiltersByCreator() {
		String id = this.alice.tokens().create(new CreateTokenRequest()
			.setComment("alice's")).getTokenInfo().getTokenId();
		List<TokenInfo> all = list(new ListTokenManagementRequest());
		assertThat(all).extracting(TokenInfo::getTokenId).contains(id).hasSize(3);
		long aliceId = databricks.emulator().principals().principalId(ALICE);
		assertThat(list(new ListTokenManagementRequest().setCreatedById(aliceId))).extracting(TokenInfo::getCreatedById)
			.containsOnly(aliceId)
			.hasSize(2);
		assertThat(list(new ListTokenManagementRequest().setCreatedByUsername(ADMIN)))
			.extracting(TokenInfo::getCreatedByUsername)
			.containsExactly(ADMIN);
		assertThat(list(new ListTokenManagementRequest().setCreatedByUsername("nobody"))).isEmpty();
	}

	@Test
	void getsUpdatesAndDeletesAnyUsersToken() {
		String id = this.alice.tokens().create(new CreateTokenRequest()
			.setComment("before")).getTokenInfo().getTokenId();
		TokenInfo info = this.admin.tokenManagement().get(id).getTokenInfo();
		assertThat(info.getOwnerId()).isEqualTo(databricks.emulator().principals().principalId(ALICE));
		assertThat(info.getWorkspaceId()).isEqualTo(databricks.emulator().workspaceId());
		TokenInfo updated = this.admin.tokenManagement().updateTokenManagement(new UpdateTokenManagementRequest()
			.setTokenId(id)
			.setToken(new TokenInfo().setComment("after"))
			.setUpdateMask(FieldMask.newBuilder().addPaths("comment").build()));
		assertThat(updated.getComment()).isEqualTo("after");
		this.admin.tokenManagement().delete(id);
		assertThat(databricks.emulator().tokens(ALICE)).extracting(EmulatedToken::tokenId).doesNotContain(id);
		assertThatExceptionOfType(ResourceDoesNotExist.class).isThrownBy(() -> this.admin.tokenManagement().get(id));
	}

	@Test
	void createsAnOnBehalfOfTokenThatAuthenticatesAsTheServicePrincipal() {
		String applicationId = databricks.emulator().principals().servicePrincipal("ci-bot").applicationId();
		CreateOboTokenResponse obo = this.admin.tokenManagement().createOboToken(new CreateOboTokenRequest()
			.setApplicationId(applicationId)
			.setComment("CI")
			.setLifetimeSeconds(3600L));
		assertThat(obo.getTokenInfo().getCreatedByUsername()).isEqualTo(ADMIN);
		assertThat(obo.getTokenInfo().getOwnerId()).isEqualTo(databricks.emulator().principals().principalId("ci-bot"));
		List<PublicTokenInfo> own = new ArrayList<>();
		sdk(obo.getTokenValue()).tokens().list().forEach(own::add);
		assertThat(own).extracting(PublicTokenInfo::getComment).containsExactly("CI");
	}

	@Test
	void readsSetsAndUpdatesTokenPermissions() {
		TokenPermissions initial = this.admin.tokenManagement().getPermissions();
		assertThat(initial.getObjectId()).isEqualTo("authorization/tokens");
		assertThat(initial.getAccessControlList()).extracting(TokenAccessControlResponse::getGroupName)
			.containsExactly("admins", "users");
		TokenPermissions set = this.admin.tokenManagement().setPermissions(new TokenPermissionsRequest()
			.setAccessControlList(List.of(new TokenAccessControlRequest().setGroupName("data-engineers")
				.setPermissionLevel(TokenPermissionLevel.CAN_USE))));
		assertThat(set.getAccessControlList()).extracting(TokenAccessControlResponse::getGroupName)
			.containsExactly("admins", "data-engineers");
		String applicationId = databricks.emulator().principals().servicePrincipal("ci-bot").applicationId();
		TokenPermissions updated = this.admin.tokenManagement().updatePermissions(new TokenPermissionsRequest()
			.setAccessControlList(List.of(new TokenAccessControlRequest().setServicePrincipalName(applicationId)
				.setPermissionLevel(TokenPermissionLevel.CAN_USE))));
		TokenAccessControlResponse granted = new ArrayList<>(updated.getAccessControlList()).get(2);
		assertThat(granted.getServicePrincipalName()).isEqualTo(applicationId);
		assertThat(granted.getAllPermissions()).extracting((p) -> p.getPermissionLevel())
			.containsExactly(TokenPermissionLevel.CAN_USE);
		assertThat(this.admin.tokenManagement().getPermissionLevels().getPermissionLevels())
			.extracting(TokenPermissionsDescription::getPermissionLevel)
			.contains(TokenPermissionLevel.CAN_USE);
	}

	@Test
	void readsAndChangesTheWorkspaceTokenSettings() {
		GetStatusRequest keys = new GetStatusRequest().setKeys("maxTokenLifetimeDays,enableTokensConfig");
		assertThat(this.admin.workspaceConf().getStatus(keys)).containsEntry("enableTokensConfig", "true");
		this.admin.workspaceConf().setStatus(Map.of("maxTokenLifetimeDays", "90", "enableTokensConfig", "true"));
		assertThat(this.admin.workspaceConf().getStatus(keys)).containsEntry("maxTokenLifetimeDays", "90");
		assertThatExceptionOfType(InvalidParameterValue.class).isThrownBy(() -> this.alice.tokens()
			.create(new CreateTokenRequest().setLifetimeSeconds(91L * 86_400)));
		this.admin.workspaceConf().setStatus(Map.of("enableTokensConfig", "false"));
		assertThatExceptionOfType(PermissionDenied.class).isThrownBy(() -> this.alice.tokens()
			.create(new CreateTokenRequest()));
	}

	@Test
	void updatesOwnTokenWithTheEmptyAnswerAndReportsAnUnknownIdAsNotFound() {
		String id = this.alice.tokens().create(new CreateTokenRequest()
			.setComment("before")).getTokenInfo().getTokenId();
		FieldMask comment = FieldMask.newBuilder().addPaths("comment").build();
		this.alice.tokens().update(new UpdateTokenRequest().setTokenId(id)
			.setToken(new PublicTokenInfo().setComment("after"))
			.setUpdateMask(comment));
		assertThat(databricks.emulator().tokens(ALICE).get(1).comment()).isEqualTo("after");
		assertThatExceptionOfType(NotFound.class).isThrownBy(() -> this.alice.tokens()
			.update(new UpdateTokenRequest().setTokenId("unknown").setToken(new PublicTokenInfo()).setUpdateMask(comment)));
	}

	@Test
	void refusesNonAdminsWithPermissionDenied() {
		assertThatExceptionOfType(PermissionDenied.class)
			.isThrownBy(() -> this.alice.tokenManagement().list(new ListTokenManagementRequest()).iterator().next());
		assertThatExceptionOfType(PermissionDenied.class).isThrownBy(() -> this.alice.tokenManagement().getPermissions());
		assertThatExceptionOfType(PermissionDenied.class).isThrownBy(() -> this.alice.workspaceConf()
			.getStatus(new GetStatusRequest().setKeys("enableTokensConfig")));
	}

	private List<TokenInfo> list(ListTokenManagementRequest request) {
		List<TokenInfo> tokens = new ArrayList<>();
		this.admin.tokenManagement().list(request).forEach(tokens::add);
		return tokens;
	}

	private static WorkspaceClient sdk(String token) {
		return new WorkspaceClient(new DatabricksConfig().setHost("http://localhost:" + databricks.emulator().port())
			.setToken(token)
			.setAuthType("pat"));
	}

}
