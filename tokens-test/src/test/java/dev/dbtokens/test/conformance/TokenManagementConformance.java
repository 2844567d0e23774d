package dev.dbtokens.test.conformance;

import java.time.Duration;
import java.util.List;

import dev.dbtokens.client.BlockingTokenManagementClient;
import dev.dbtokens.client.OnBehalfOfToken;
import dev.dbtokens.client.PermissionLevel;
import dev.dbtokens.client.TokenAccessControl;
import dev.dbtokens.client.TokenFilter;
import dev.dbtokens.client.TokenInfo;
import dev.dbtokens.client.TokenManagementClient;
import dev.dbtokens.client.TokenPermissions;
import dev.dbtokens.client.TokenSettings;
import dev.dbtokens.client.TokensClient;
import dev.dbtokens.client.error.NotFoundException;
import dev.dbtokens.client.error.PermissionDeniedException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The Token Management API as an admin's client sees it, run by the real
 * {@link TokenManagementClient} against WireMock stubs written from the API page
 * ({@link WireMockTokenManagementConformanceTests}) and against the emulator
 * ({@link EmulatorTokenManagementConformanceTests}).
 */
abstract class TokenManagementConformance {

	/** A token id that the backend does not know. */
	static final String UNKNOWN_ID = "f".repeat(64);

	abstract String baseUrl();

	/** A token of a workspace admin. */
	abstract String adminToken();

	/** The admin's user name. */
	abstract String adminName();

	/** A token of a user who is not an admin. */
	abstract String userToken();

	/** That user's name. */
	abstract String userName();

	/** The application id of a service principal of the workspace. */
	abstract String servicePrincipalApplicationId();

	@Test
	void anAdminManagesATokenMadeOnBehalfOfAServicePrincipal() {
		BlockingTokenManagementClient admin = client(adminToken());

		OnBehalfOfToken created = admin
			.createOnBehalfOf(servicePrincipalApplicationId(), "conformance-obo", Duration.ofHours(1), null);
		TokenInfo info = created.tokenInfo();
		assertThat(created.tokenValue()).startsWith("dapi");
		assertThat(info.comment()).isEqualTo("conformance-obo");
		assertThat(info.createdByUsername()).isEqualTo(adminName());
		assertThat(info.ownerId()).as("the service principal owns it").isPositive().isNotEqualTo(info.createdById());
		assertThat(Duration.between(info.creationTime(), info.expiryTime())).isEqualTo(Duration.ofHours(1));

		assertThat(admin.get(info.tokenId()).comment()).isEqualTo("conformance-obo");
		assertThat(admin.list(TokenFilter.createdByUsername(adminName()))).extracting(TokenInfo::tokenId).contains(info.tokenId());
		assertThat(admin.update(info.tokenId(), "conformance-obo-renamed", null).comment()).isEqualTo("conformance-obo-renamed");
		admin.delete(info.tokenId());
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> admin.get(info.tokenId()))
			.satisfies((ex) -> assertThat(ex.httpStatus()).isEqualTo(404));
	}

	@Test
	void refusesTheTokenManagementApiToAUserWhoIsNotAnAdmin() {
		assertThatExceptionOfType(PermissionDeniedException.class).isThrownBy(() -> client(userToken()).list())
			.satisfies((ex) -> assertThat(ex.httpStatus()).isEqualTo(403))
			.satisfies((ex) -> assertThat(ex.errorCode()).isEqualTo("PERMISSION_DENIED"));
	}

	@Test
	void refusesToGetAnUnknownToken() {
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> client(adminToken()).get(UNKNOWN_ID))
			.satisfies((ex) -> assertThat(ex.httpStatus()).isEqualTo(404));
	}

	@Test
	void grantsAUserTheUseOfTokensAndListsTheLevels() {
		BlockingTokenManagementClient admin = client(adminToken());

		TokenPermissions granted = admin.updatePermissions(List.of(TokenAccessControl.userCanUse(userName())));

		assertThat(granted.accessControlList()).anySatisfy((grant) -> {
			assertThat(grant.userName()).isEqualTo(userName());
			assertThat(grant.has(TokenAccessControl.CAN_USE)).isTrue();
		});
		assertThat(admin.permissions().accessControlList()).anySatisfy((grant) -> assertThat(grant.userName()).isEqualTo(userName()));
		assertThat(admin.permissionLevels()).extracting(PermissionLevel::permissionLevel).contains(TokenAccessControl.CAN_USE);
	}

	@Test
	void capsTheLifetimeOfNewTokens() {
		BlockingTokenManagementClient admin = client(adminToken());

		admin.updateSettings(TokenSettings.unchanged().withMaxTokenLifetimeDays(30));

		TokenSettings settings = admin.settings();
		assertThat(settings.maxTokenLifetimeDays()).isEqualTo(30);
		assertThat(settings.maxTokenLifetime()).contains(Duration.ofDays(30));
	}

	private BlockingTokenManagementClient client(String token) {
		return TokenManagementClient.of(TokensClient.builder().host(baseUrl()).token(token).build()).blocking();
	}

}
