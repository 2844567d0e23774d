package dev.dbtokens.test.conformance;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;

/**
 * WireMock stubs of the Token API as {@code shared/databricks-tokens-api.md} describes it:
 * paths, methods, headers, bodies, epoch-millisecond times ({@code -1} for never, int64 also as a
 * decimal string), unknown fields a client must ignore, and error bodies
 * {@code {"error_code", "message"}}. Stateful where the contract is: the scenario {@value #TOKENS}
 * makes a created token listed until it is deleted, and deleted for good; the scenario
 * {@value #QUOTA} stands for a caller at its quota.
 *
 * <p>Where the page is silent the stubs take the emulator's documented choices, so the two can
 * be compared: 401 {@code UNAUTHENTICATED} without credentials, 403 {@code PERMISSION_DENIED}
 * for an unknown token, and 400 for {@code QUOTA_EXCEEDED}.
 */
final class TokenApiStubs {

	static final String VALID_TOKEN = "dapi0123456789abcdef0123456789abcdef";

	static final String TOKENS = "tokens";

	static final String QUOTA = "quota";

	static final String QUOTA_REACHED = "reached";

	private static final String CREATED = "created";

	private static final String DELETED = "deleted";

	private static final String UPDATE = "update";

	private static final String UPDATED = "updated";

	private static final String API = "/api/2\\.0/token/.*";

	private static final String CREATE = "/api/2.0/token/create";

	private static final String LIST = "/api/2.0/token/list";

	private static final String DELETE = "/api/2.0/token/delete";

	private static final long NOW = 1_772_359_200_000L;

	private static final String SEED = """
			{"token_id":"%s","comment":"seed","creation_time":%d,"expiry_time":-1}""".formatted("a".repeat(64), NOW - 86_400_000L);

	private static final String LIFECYCLE = """
			{"token_id":"%s","comment":"conformance-lifecycle","creation_time":%d,"expiry_time":%d,\
			"autoscope_state":"NEW_FIELD_A_CLIENT_IGNORES"}""".formatted("b".repeat(64), NOW, NOW + 3_600_000L);

	private TokenApiStubs() {
	}

	static void register(WireMockExtension wireMock) {
		authentication(wireMock);
		create(wireMock);
		list(wireMock);
		delete(wireMock);
		update(wireMock);
	}

	private static void authentication(WireMockExtension wireMock) {
		wireMock.stubFor(any(urlPathMatching(API)).atPriority(1)
			.withHeader("Authorization", absent())
			.willReturn(error(401, "UNAUTHENTICATED", "No access token in the request.")));
		wireMock.stubFor(any(urlPathMatching(API)).atPriority(2)
			.withHeader("Authorization", notContaining(VALID_TOKEN))
			.willReturn(error(403, "PERMISSION_DENIED", "Invalid access token.")));
	}

	private static void create(WireMockExtension wireMock) {
		wireMock.stubFor(createRequest().atPriority(3)
			.inScenario(QUOTA)
			.whenScenarioStateIs(QUOTA_REACHED)
			.willReturn(error(400, "QUOTA_EXCEEDED", "Cannot create more than 600 tokens.")));
		wireMock.stubFor(createRequest().atPriority(4)
			.withRequestBody(matchingJsonPath("$[?(@.lifetime_seconds <= 0)]"))
			.willReturn(error(400, "INVALID_PARAMETER_VALUE", "lifetime_seconds must be positive.")));
		wireMock.stubFor(createRequest().atPriority(5)
			.withRequestBody(equalToJson("{\"comment\":\"conformance-5m\",\"lifetime_seconds\":300}"))
			.willReturn(created("c".repeat(64), """
					{"token_id":"%s","comment":"conformance-5m","creation_time":"%d","expiry_time":"%d"}"""
				.formatted("c".repeat(64), NOW, NOW + 300_000L))));
		wireMock.stubFor(createRequest().atPriority(5)
			.withRequestBody(equalToJson("{\"comment\":\"conformance-forever\"}"))
			.willReturn(created("d".repeat(64), """
					{"token_id":"%s","comment":"conformance-forever","creation_time":%d,"expiry_time":-1}"""
				.formatted("d".repeat(64), NOW))));
		wireMock.stubFor(createRequest().atPriority(5)
			.withRequestBody(equalToJson("{\"comment\":\"conformance-lifecycle\",\"lifetime_seconds\":3600}"))
			.inScenario(TOKENS)
			.willSetStateTo(CREATED)
			.willReturn(created("b".repeat(64), LIFECYCLE)));
	}

	private static void list(WireMockExtension wireMock) {
		String seedOnly = "{\"token_infos\":[" + SEED + "]}";
		wireMock.stubFor(listRequest().inScenario(TOKENS).whenScenarioStateIs(STARTED).willReturn(okJson(seedOnly)));
		wireMock.stubFor(listRequest().inScenario(TOKENS)
			.whenScenarioStateIs(CREATED)
			.willReturn(okJson("{\"token_infos\":[" + SEED + "," + LIFECYCLE + "]}")));
		wireMock.stubFor(listRequest().inScenario(TOKENS).whenScenarioStateIs(DELETED).willReturn(okJson(seedOnly)));
	}

	private static void delete(WireMockExtension wireMock) {
		wireMock.stubFor(deleteRequest().atPriority(5)
			.withRequestBody(equalToJson("{\"token_id\":\"" + "b".repeat(64) + "\"}"))
			.inScenario(TOKENS)
			.whenScenarioStateIs(CREATED)
			.willSetStateTo(DELETED)
			.willReturn(okJson("{}")));
		wireMock.stubFor(deleteRequest().atPriority(6)
			.withRequestBody(matchingJsonPath("$.token_id"))
			.willReturn(error(404, "RESOURCE_DOES_NOT_EXIST", "Token does not exist.")));
	}

	/**
	 * {@code PATCH token/{id}} answers {@code {}} (the SDKs' {@code UpdateTokenResponse} has no
	 * fields) and {@code NOT_FOUND} for an unknown id; the renamed token is then listed.
	 */
	private static void update(WireMockExtension wireMock) {
		String id = "e".repeat(64);
		String made = """
				{"token_id":"%s","comment":"%s","creation_time":%d,"expiry_time":%d}""";
		wireMock.stubFor(createRequest().atPriority(5)
			.withRequestBody(equalToJson("{\"comment\":\"conformance-update\",\"lifetime_seconds\":3600}"))
			.willReturn(created(id, made.formatted(id, "conformance-update", NOW, NOW + 3_600_000L))));
		wireMock.stubFor(authorized(patch(urlPathEqualTo("/api/2.0/token/" + id))).atPriority(5)
			.withHeader("Content-Type", containing("application/json"))
			.withRequestBody(equalToJson("{\"token\":{\"comment\":\"conformance-updated\"},\"update_mask\":\"comment\"}"))
			.inScenario(UPDATE).willSetStateTo(UPDATED)
			.willReturn(okJson("{}")));
		wireMock.stubFor(authorized(patch(urlPathMatching("/api/2\\.0/token/[^/]+"))).atPriority(6)
			.willReturn(error(404, "NOT_FOUND", "Token does not exist.")));
		wireMock.stubFor(listRequest().atPriority(4).inScenario(UPDATE).whenScenarioStateIs(UPDATED)
			.willReturn(okJson("{\"token_infos\":[" + SEED + "," + made.formatted(id, "conformance-updated", NOW, NOW + 3_600_000L) + "]}")));
	}

	private static MappingBuilder createRequest() {
		return authorized(post(CREATE)).withHeader("Content-Type", containing("application/json"));
	}

	private static MappingBuilder deleteRequest() {
		return authorized(post(DELETE)).withHeader("Content-Type", containing("application/json"));
	}

	private static MappingBuilder listRequest() {
		return authorized(get(LIST));
	}

	private static MappingBuilder authorized(MappingBuilder request) {
		return request.withHeader("Authorization", equalTo("Bearer " + VALID_TOKEN))
			.withHeader("Accept", matching(".*application/json.*"));
	}

	private static ResponseDefinitionBuilder created(String id, String tokenInfo) {
		return okJson("{\"token_value\":\"dapi" + id.substring(0, 32) + "\",\"token_info\":" + tokenInfo + "}");
	}

	private static ResponseDefinitionBuilder error(int status, String code, String message) {
		return aResponse().withStatus(status)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error_code\":\"" + code + "\",\"message\":\"" + message + "\"}");
	}

}
