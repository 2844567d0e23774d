package dev.dbtokens.test.conformance;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.notMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;

/**
 * WireMock stubs of the Token Management API as {@code shared/databricks-tokens-api.md} ("Token
 * Management API") and the SDKs' models describe it: admin-only paths (403
 * {@code PERMISSION_DENIED} for anyone else), {@code TokenInfo} with int64 ids (some as decimal
 * strings), {@code GET …/tokens/{id}} wrapped in {@code token_info}, {@code PATCH} answering the
 * {@code TokenInfo}, {@code DELETE} answering {@code {}}, permissions with
 * {@code access_control_list}, and workspace-conf values as strings. Stateful where a scenario
 * needs it: an on-behalf-of token is made, renamed and revoked; a grant is added; a lifetime cap
 * is set.
 */
final class TokenManagementStubs {

	static final String ADMIN_TOKEN = "dapiADM1N0123456789abcdef0123456789";

	static final String ADMIN = "admin@example.com";

	static final String USER = "user@example.com";

	static final String APPLICATION_ID = "9f0c6b9e-1111-2222-3333-444455556666";

	private static final String API = "/api/2\\.0/(token-management|permissions/authorization/tokens|workspace-conf).*";

	private static final String TOKENS = "/api/2.0/token-management/tokens";

	private static final String OBO_ID = "0b0".repeat(20);

	private static final String PERMISSIONS = "/api/2.0/permissions/authorization/tokens";

	private static final String CONF = "/api/2.0/workspace-conf";

	private static final long NOW = 1_772_359_200_000L;

	private TokenManagementStubs() {
	}

	static void register(WireMockExtension wireMock) {
		authentication(wireMock);
		onBehalfOf(wireMock);
		permissions(wireMock);
		settings(wireMock);
	}

	private static void authentication(WireMockExtension wireMock) {
		wireMock.stubFor(any(urlPathMatching(API)).atPriority(1)
			.withHeader("Authorization", absent())
			.willReturn(error(401, "UNAUTHENTICATED", "No access token in the request.")));
		wireMock.stubFor(any(urlPathMatching(API)).atPriority(1)
			.withHeader("Authorization", equalTo("Bearer " + TokenApiStubs.VALID_TOKEN))
			.willReturn(error(403, "PERMISSION_DENIED", "Only workspace admins may call this API.")));
		wireMock.stubFor(any(urlPathMatching(API)).atPriority(2)
			.withHeader("Authorization", notMatching("Bearer " + ADMIN_TOKEN))
			.willReturn(error(403, "PERMISSION_DENIED", "Invalid access token.")));
		// Admin requests that no scenario stub answers: an unknown token.
		wireMock.stubFor(admin(any(urlPathMatching(TOKENS + "/.*"))).atPriority(9)
			.willReturn(error(404, "RESOURCE_DOES_NOT_EXIST", "Token does not exist.")));
	}

	private static void onBehalfOf(WireMockExtension wireMock) {
		String made = info("conformance-obo");
		String renamed = info("conformance-obo-renamed");
		wireMock.stubFor(admin(post("/api/2.0/token-management/on-behalf-of/tokens")).atPriority(5)
			.withHeader("Content-Type", containing("application/json"))
			.withRequestBody(equalToJson("{\"application_id\":\"" + APPLICATION_ID
					+ "\",\"comment\":\"conformance-obo\",\"lifetime_seconds\":3600}"))
			.inScenario("obo").whenScenarioStateIs(STARTED).willSetStateTo("made")
			.willReturn(okJson("{\"token_value\":\"dapi" + OBO_ID.substring(0, 32) + "\",\"token_info\":" + made + "}")));
		wireMock.stubFor(admin(get(TOKENS + "/" + OBO_ID)).atPriority(5)
			.inScenario("obo").whenScenarioStateIs("made")
			.willReturn(okJson("{\"token_info\":" + made + "}")));
		wireMock.stubFor(admin(get(urlPathEqualTo(TOKENS))).atPriority(5)
			.withQueryParam("created_by_username", equalTo(ADMIN))
			.inScenario("obo").whenScenarioStateIs("made")
			.willReturn(okJson("{\"token_infos\":[" + made + "]}")));
		wireMock.stubFor(admin(patch(urlPathEqualTo(TOKENS + "/" + OBO_ID))).atPriority(5)
			.withRequestBody(equalToJson("{\"token\":{\"comment\":\"conformance-obo-renamed\"},\"update_mask\":\"comment\"}"))
			.inScenario("obo").whenScenarioStateIs("made").willSetStateTo("renamed")
			.willReturn(okJson(renamed)));
		wireMock.stubFor(admin(delete(urlPathEqualTo(TOKENS + "/" + OBO_ID))).atPriority(5)
			.inScenario("obo").whenScenarioStateIs("renamed").willSetStateTo("deleted")
			.willReturn(okJson("{}")));
	}

	private static void permissions(WireMockExtension wireMock) {
		String users = "{\"group_name\":\"users\",\"all_permissions\":[{\"permission_level\":\"CAN_USE\",\"inherited\":false}]}";
		String user = "{\"user_name\":\"" + USER + "\",\"display_name\":\"User\",\"all_permissions\":"
				+ "[{\"permission_level\":\"CAN_USE\",\"inherited\":false}]}";
		String before = "{\"object_id\":\"authorization/tokens\",\"object_type\":\"tokens\",\"access_control_list\":[" + users + "]}";
		String after = "{\"object_id\":\"authorization/tokens\",\"object_type\":\"tokens\",\"access_control_list\":[" + users + ","
				+ user + "]}";
		wireMock.stubFor(admin(get(PERMISSIONS)).atPriority(5).inScenario("grant").whenScenarioStateIs(STARTED)
			.willReturn(okJson(before)));
		wireMock.stubFor(admin(patch(urlPathEqualTo(PERMISSIONS))).atPriority(5)
			.withRequestBody(equalToJson("{\"access_control_list\":[{\"user_name\":\"" + USER + "\",\"permission_level\":\"CAN_USE\"}]}"))
			.inScenario("grant").willSetStateTo("granted")
			.willReturn(okJson(after)));
		wireMock.stubFor(admin(get(PERMISSIONS)).atPriority(5).inScenario("grant").whenScenarioStateIs("granted")
			.willReturn(okJson(after)));
		wireMock.stubFor(admin(get(PERMISSIONS + "/permissionLevels")).atPriority(5)
			.willReturn(okJson("{\"permission_levels\":[{\"permission_level\":\"CAN_USE\",\"description\":\"Can use tokens\"}]}")));
	}

	private static void settings(WireMockExtension wireMock) {
		wireMock.stubFor(admin(get(urlPathEqualTo(CONF))).atPriority(5)
			.withQueryParam("keys", containing("maxTokenLifetimeDays"))
			.inScenario("cap").whenScenarioStateIs(STARTED)
			.willReturn(okJson("{\"enableTokensConfig\":\"true\",\"maxTokenLifetimeDays\":null}")));
		wireMock.stubFor(admin(patch(urlPathEqualTo(CONF))).atPriority(5)
			.withRequestBody(equalToJson("{\"maxTokenLifetimeDays\":\"30\"}"))
			.inScenario("cap").willSetStateTo("capped")
			.willReturn(aResponse().withStatus(204)));
		wireMock.stubFor(admin(get(urlPathEqualTo(CONF))).atPriority(5)
			.withQueryParam("keys", containing("maxTokenLifetimeDays"))
			.inScenario("cap").whenScenarioStateIs("capped")
			.willReturn(okJson("{\"enableTokensConfig\":\"true\",\"maxTokenLifetimeDays\":\"30\"}")));
	}

	/** The admin view of the on-behalf-of token: created by the admin (id 100), owned by the service principal (id 200). */
	private static String info(String comment) {
		return """
				{"token_id":"%s","comment":"%s","creation_time":%d,"expiry_time":%d,"created_by_id":"100",\
				"created_by_username":"%s","owner_id":200,"workspace_id":"1234567890","autoscope_state":"IGNORED"}"""
			.formatted(OBO_ID, comment, NOW, NOW + 3_600_000L, ADMIN);
	}

	private static MappingBuilder admin(MappingBuilder request) {
		return request.withHeader("Authorization", equalTo("Bearer " + ADMIN_TOKEN))
			.withHeader("Accept", containing("application/json"));
	}

	private static ResponseDefinitionBuilder error(int status, String code, String message) {
		return aResponse().withStatus(status)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error_code\":\"" + code + "\",\"message\":\"" + message + "\"}");
	}

}
