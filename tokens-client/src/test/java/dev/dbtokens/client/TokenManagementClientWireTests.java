package dev.dbtokens.client;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.dbtokens.client.TokenPermissions.Grant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.test.StepVerifier;

import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.dbtokens.client.support.TestSecrets.CONFIGURED_TOKEN;
import static dev.dbtokens.client.support.TestSecrets.CREATED_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each Token Management operation's exact request (method, path, query, headers, body) and decoded
 * answer, with the wire's loose forms: int64 as strings, {@code -1} for never, unknown fields.
 */
class TokenManagementClientWireTests {

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	static final String TOKEN = """
			{"token_id":"tok-1","comment":"nightly","creation_time":1700000000000,"expiry_time":-1,"created_by_id":"4242",\
			"created_by_username":"admin@example.com","owner_id":7,"workspace_id":"123456789","last_used_day":1700006400000,\
			"scopes":["sql"],"autoscope_state":"NEW_FIELD"}""";

	static final String PERMISSIONS = """
			{"object_id":"authorization/tokens","object_type":"tokens","access_control_list":[\
			{"user_name":"someone@example.com","display_name":"Someone","all_permissions":[{"permission_level":"CAN_USE","inherited":false}]},\
			{"group_name":"admins","all_permissions":[{"permission_level":"CAN_MANAGE","inherited":true,"inherited_from_object":["authorization/root"]}]}]}""";

	private final TokenManagementClient client = TokenManagementClient
		.of(TokensClient.builder().host(server.baseUrl()).token(CONFIGURED_TOKEN).build());

	@Test
	void listReadsEveryTokenWithItsAdminFields() {
		server.stubFor(get("/api/2.0/token-management/tokens").willReturn(okJson("{\"token_infos\":[" + TOKEN + "]}")));

		StepVerifier.create(this.client.list()).assertNext((token) -> {
			assertThat(token.tokenId()).isEqualTo("tok-1");
			assertThat(token.comment()).isEqualTo("nightly");
			assertThat(token.creationTime()).isEqualTo(Instant.ofEpochMilli(1700000000000L));
			assertThat(token.expiryTime()).isNull();
			assertThat(token.createdById()).isEqualTo(4242L);
			assertThat(token.createdByUsername()).isEqualTo("admin@example.com");
			assertThat(token.ownerId()).isEqualTo(7L);
			assertThat(token.workspaceId()).isEqualTo(123456789L);
			assertThat(token.lastUsedDay()).isEqualTo(Instant.parse("2023-11-15T00:00:00Z"));
			assertThat(token.scopes()).containsExactly("sql");
		}).verifyComplete();

		server.verify(getRequestedFor(urlEqualTo("/api/2.0/token-management/tokens"))
			.withHeader("Authorization", equalTo("Bearer " + CONFIGURED_TOKEN))
			.withHeader("Accept", equalTo("application/json")));
	}

	@Test
	void listAsksTheServiceToFilterByCreator() {
		server.stubFor(get(urlPathEqualTo("/api/2.0/token-management/tokens")).willReturn(okJson("{}")));

		assertThat(this.client.blocking().list(TokenFilter.createdByUsername("a+b@example.com"))).isEmpty();
		assertThat(this.client.blocking().list(TokenFilter.createdById(4242))).isEmpty();

		server.verify(getRequestedFor(urlPathEqualTo("/api/2.0/token-management/tokens"))
			.withQueryParam("created_by_username", equalTo("a+b@example.com")));
		server.verify(getRequestedFor(urlEqualTo("/api/2.0/token-management/tokens?created_by_id=4242")));
	}

	@Test
	void aTokenNeverUsedHasNoLastUsedDay() {
		server.stubFor(get("/api/2.0/token-management/tokens")
			.willReturn(okJson("{\"token_infos\":[{\"token_id\":\"t\"},{\"token_id\":\"u\",\"last_used_day\":0}]}")));

		assertThat(this.client.blocking().list()).extracting(TokenInfo::lastUsedDay).containsExactly(null, null);
	}

	@Test
	void getReadsTheWrappedToken() {
		server.stubFor(get("/api/2.0/token-management/tokens/tok-1").willReturn(okJson("{\"token_info\":" + TOKEN + "}")));

		assertThat(this.client.blocking().get("tok-1").ownerId()).isEqualTo(7L);
	}

	@Test
	void updateSendsTheMaskAndReadsTheTokenItAnswers() {
		server.stubFor(patch("/api/2.0/token-management/tokens/tok-1").willReturn(okJson(TOKEN)));

		assertThat(this.client.blocking().update("tok-1", "nightly", List.of("sql")).comment()).isEqualTo("nightly");

		server.verify(patchRequestedFor(urlEqualTo("/api/2.0/token-management/tokens/tok-1"))
			.withHeader("Content-Type", equalTo("application/json"))
			.withRequestBody(equalToJson("{\"token\":{\"comment\":\"nightly\",\"scopes\":[\"sql\"]},\"update_mask\":\"comment,scopes\"}")));
		server.verify(0, getRequestedFor(urlEqualTo("/api/2.0/token-management/tokens/tok-1")));
	}

	@Test
	void updateReadsTheTokenBackWhenTheAnswerIsEmpty() {
		server.stubFor(patch("/api/2.0/token-management/tokens/tok-1").willReturn(okJson("{}")));
		server.stubFor(get("/api/2.0/token-management/tokens/tok-1").willReturn(okJson("{\"token_info\":" + TOKEN + "}")));

		assertThat(this.client.blocking().update("tok-1", null, List.of()).tokenId()).isEqualTo("tok-1");

		server.verify(patchRequestedFor(urlEqualTo("/api/2.0/token-management/tokens/tok-1"))
			.withRequestBody(equalToJson("{\"token\":{\"scopes\":[]},\"update_mask\":\"scopes\"}")));
		server.verify(1, getRequestedFor(urlEqualTo("/api/2.0/token-management/tokens/tok-1")));
	}

	@Test
	void deleteSendsADeleteOfThePath() {
		server.stubFor(delete("/api/2.0/token-management/tokens/a%2Fb").willReturn(okJson("{}")));

		this.client.blocking().delete("a/b");

		server.verify(deleteRequestedFor(urlEqualTo("/api/2.0/token-management/tokens/a%2Fb")));
	}

	@Test
	void createOnBehalfOfSendsTheServicePrincipalAndReadsTheValue() {
		server.stubFor(post("/api/2.0/token-management/on-behalf-of/tokens")
			.willReturn(okJson("{\"token_value\":\"" + CREATED_TOKEN + "\",\"token_info\":" + TOKEN + "}")));

		OnBehalfOfToken created = this.client.blocking()
			.createOnBehalfOf("9f0c6b9e-1111-2222-3333-444455556666", "ci-job-1", Duration.ofHours(1), List.of("sql"));

		assertThat(created.tokenValue()).isEqualTo(CREATED_TOKEN);
		assertThat(created.tokenInfo().ownerId()).isEqualTo(7L);
		assertThat(created.toString()).doesNotContain(CREATED_TOKEN).contains("<redacted>");
		server.verify(postRequestedFor(urlEqualTo("/api/2.0/token-management/on-behalf-of/tokens"))
			.withHeader("Content-Type", equalTo("application/json"))
			.withRequestBody(equalToJson("{\"application_id\":\"9f0c6b9e-1111-2222-3333-444455556666\",\"comment\":\"ci-job-1\","
					+ "\"lifetime_seconds\":3600,\"scopes\":[\"sql\"]}")));
	}

	@Test
	void createOnBehalfOfSendsNoNullFields() {
		server.stubFor(post("/api/2.0/token-management/on-behalf-of/tokens")
			.willReturn(okJson("{\"token_value\":\"" + CREATED_TOKEN + "\",\"token_info\":{\"token_id\":\"t\"}}")));

		this.client.blocking().createOnBehalfOf(OnBehalfOfRequest.of("sp-app-id", null, null));

		server.verify(postRequestedFor(urlEqualTo("/api/2.0/token-management/on-behalf-of/tokens"))
			.withRequestBody(equalToJson("{\"application_id\":\"sp-app-id\"}")));
	}

	@Test
	void readsThePermissionsOfAllTokens() {
		server.stubFor(get("/api/2.0/permissions/authorization/tokens").willReturn(okJson(PERMISSIONS)));

		TokenPermissions permissions = this.client.blocking().permissions();

		assertThat(permissions.objectId()).isEqualTo("authorization/tokens");
		assertThat(permissions.objectType()).isEqualTo("tokens");
		assertThat(permissions.accessControlList()).extracting(Grant::principal).containsExactly("someone@example.com", "admins");
		Grant someone = permissions.accessControlList().get(0);
		assertThat(someone.displayName()).isEqualTo("Someone");
		assertThat(someone.has(TokenAccessControl.CAN_USE)).isTrue();
		Grant admins = permissions.accessControlList().get(1);
		assertThat(admins.allPermissions()).singleElement().satisfies((permission) -> {
			assertThat(permission.permissionLevel()).isEqualTo("CAN_MANAGE");
			assertThat(permission.inherited()).isTrue();
			assertThat(permission.inheritedFromObject()).containsExactly("authorization/root");
		});
	}

	@Test
	void setReplacesAndUpdateAddsGrantsNamingOnePrincipalEach() {
		server.stubFor(put("/api/2.0/permissions/authorization/tokens").willReturn(okJson(PERMISSIONS)));
		server.stubFor(patch("/api/2.0/permissions/authorization/tokens").willReturn(okJson(PERMISSIONS)));
		List<TokenAccessControl> acl = List.of(TokenAccessControl.userCanUse("someone@example.com"),
				TokenAccessControl.groupCanUse("users"), TokenAccessControl.servicePrincipalCanUse("sp-app-id"));
		String body = "{\"access_control_list\":[{\"user_name\":\"someone@example.com\",\"permission_level\":\"CAN_USE\"},"
				+ "{\"group_name\":\"users\",\"permission_level\":\"CAN_USE\"},"
				+ "{\"service_principal_name\":\"sp-app-id\",\"permission_level\":\"CAN_USE\"}]}";

		assertThat(this.client.blocking().setPermissions(acl).accessControlList()).hasSize(2);
		assertThat(this.client.blocking().updatePermissions(acl).accessControlList()).hasSize(2);

		server.verify(putRequestedFor(urlEqualTo("/api/2.0/permissions/authorization/tokens"))
			.withHeader("Content-Type", equalTo("application/json"))
			.withRequestBody(equalToJson(body)));
		server.verify(patchRequestedFor(urlEqualTo("/api/2.0/permissions/authorization/tokens")).withRequestBody(equalToJson(body)));
	}

	@Test
	void listsThePermissionLevels() {
		server.stubFor(get("/api/2.0/permissions/authorization/tokens/permissionLevels").willReturn(okJson(
				"{\"permission_levels\":[{\"permission_level\":\"CAN_USE\",\"description\":\"Can use tokens\"},{\"permission_level\":\"CAN_FLY\"}]}")));

		assertThat(this.client.blocking().permissionLevels()).containsExactly(new PermissionLevel("CAN_USE", "Can use tokens"),
				new PermissionLevel("CAN_FLY", null));
	}

	@Test
	void readsTheWorkspaceTokenSettingsFromStrings() {
		server.stubFor(get(urlPathEqualTo("/api/2.0/workspace-conf"))
			.willReturn(okJson("{\"enableTokensConfig\":\"true\",\"maxTokenLifetimeDays\":\"90\"}")));

		TokenSettings settings = this.client.blocking().settings();

		assertThat(settings).isEqualTo(new TokenSettings(90, true));
		assertThat(settings.maxTokenLifetime()).contains(Duration.ofDays(90));
		server.verify(getRequestedFor(urlPathEqualTo("/api/2.0/workspace-conf"))
			.withQueryParam("keys", equalTo("enableTokensConfig,maxTokenLifetimeDays")));
	}

	@Test
	void readsUnsetSettingsAsNoValueAndZeroAsNoLimit() {
		server.stubFor(get(urlPathEqualTo("/api/2.0/workspace-conf"))
			.willReturn(okJson("{\"enableTokensConfig\":null,\"maxTokenLifetimeDays\":\"0\"}")));

		TokenSettings settings = this.client.blocking().settings();

		assertThat(settings).isEqualTo(new TokenSettings(0, null));
		assertThat(settings.maxTokenLifetime()).isEmpty();
	}

	@Test
	void changesOnlyTheGivenSettingsAsStrings() {
		server.stubFor(patch("/api/2.0/workspace-conf").willReturn(okJson("")));

		this.client.blocking().updateSettings(TokenSettings.unchanged().withMaxTokenLifetimeDays(30));
		this.client.blocking().updateSettings(TokenSettings.unchanged().withTokensEnabled(false));

		server.verify(patchRequestedFor(urlEqualTo("/api/2.0/workspace-conf"))
			.withHeader("Content-Type", equalTo("application/json"))
			.withRequestBody(equalToJson("{\"maxTokenLifetimeDays\":\"30\"}")));
		server.verify(patchRequestedFor(urlEqualTo("/api/2.0/workspace-conf"))
			.withRequestBody(equalToJson("{\"enableTokensConfig\":\"false\"}")));
	}

}
