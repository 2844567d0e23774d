package dev.dbtokens.client;

import java.time.Instant;
import java.util.List;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.dbtokens.client.error.DatabricksApiException;
import dev.dbtokens.client.error.InvalidParameterValueException;
import dev.dbtokens.client.error.NotFoundException;
import dev.dbtokens.client.error.PermissionDeniedException;
import dev.dbtokens.client.error.ResourceDoesNotExistException;
import dev.dbtokens.client.error.TemporarilyUnavailableException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.test.StepVerifier;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.dbtokens.client.support.TestSecrets.CONFIGURED_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * {@code PATCH /api/2.0/token/{token_id}}: the exact request, the answer {@code {}} the service gives
 * (the token then read back with {@code token/list}) or one carrying the token, and the errors.
 */
class TokensClientUpdateWireTests {

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	static final String UPDATED = """
			{"token_id":"tok-1","comment":"renamed","creation_time":1700000000000,"expiry_time":1700000300000,"scopes":["sql"],"autoscope_state":"X"}""";

	static final String LISTED = "{\"token_infos\":[{\"token_id\":\"other\"}," + UPDATED + "]}";

	private final TokensClient client = TokensClient.builder().host(server.baseUrl()).token(CONFIGURED_TOKEN).build();

	/** What the service answers: an empty object, and the token in the list. */
	private static void stubTheService() {
		server.stubFor(patch(urlPathMatching("/api/2.0/token/.*")).willReturn(okJson("{}")));
		server.stubFor(get("/api/2.0/token/list").willReturn(okJson(LISTED)));
	}

	@Test
	void updateSendsBothFieldsAndAMaskNamingBothAndReadsTheTokenBackWhenTheAnswerIsEmpty() {
		stubTheService();

		StepVerifier.create(this.client.update("tok-1", "renamed", List.of("sql"))).assertNext((info) -> {
			assertThat(info.tokenId()).isEqualTo("tok-1");
			assertThat(info.comment()).isEqualTo("renamed");
			assertThat(info.scopes()).containsExactly("sql");
			assertThat(info.expiryTime()).isEqualTo(Instant.ofEpochMilli(1700000300000L));
		}).verifyComplete();

		server.verify(patchRequestedFor(urlEqualTo("/api/2.0/token/tok-1"))
			.withHeader("Authorization", equalTo("Bearer " + CONFIGURED_TOKEN))
			.withHeader("Accept", equalTo("application/json"))
			.withHeader("Content-Type", equalTo("application/json"))
			.withRequestBody(equalToJson("{\"token\":{\"comment\":\"renamed\",\"scopes\":[\"sql\"]},\"update_mask\":\"comment,scopes\"}")));
		server.verify(1, getRequestedFor(urlEqualTo("/api/2.0/token/list")));
	}

	@Test
	void updateUsesAnAnswerThatCarriesTheTokenWithoutReadingItBack() {
		server.stubFor(patch("/api/2.0/token/tok-1").willReturn(okJson(UPDATED)));

		assertThat(this.client.blocking().update("tok-1", "renamed", null).comment()).isEqualTo("renamed");

		server.verify(0, getRequestedFor(urlEqualTo("/api/2.0/token/list")));
	}

	@Test
	void updateFailsWhenTheAnswerDescribesAnotherToken() {
		server.stubFor(patch("/api/2.0/token/tok-2").willReturn(okJson(UPDATED)));

		StepVerifier.create(this.client.update("tok-2", "renamed", null))
			.expectErrorSatisfies((ex) -> assertThat(ex).isExactlyInstanceOf(DatabricksApiException.class)
				.hasMessageStartingWith("token/{token_id} changed the token tok-2, but its answer from " + server.baseUrl()
						+ " describes another token (tok-1)"))
			.verify();
	}

	@Test
	void updateFailsSayingTheChangeWasMadeWhenTheTokenIsNoLongerListed() {
		server.stubFor(patch("/api/2.0/token/tok-9").willReturn(okJson("{}")));
		server.stubFor(get("/api/2.0/token/list").willReturn(okJson(LISTED)));

		StepVerifier.create(this.client.update("tok-9", "x", null))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(ResourceDoesNotExistException.class)
				.hasMessageContaining("changed the token tok-9, but it is no longer listed"))
			.verify();
	}

	@Test
	void updateFailsSayingTheChangeWasMadeWhenReadingBackFails() {
		server.stubFor(patch("/api/2.0/token/tok-1").willReturn(okJson("{}")));
		server.stubFor(get("/api/2.0/token/list").willReturn(aResponse().withStatus(403)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error_code\":\"PERMISSION_DENIED\",\"message\":\"no\"}")));

		StepVerifier.create(this.client.update("tok-1", "x", null))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(PermissionDeniedException.class)
				.hasMessageStartingWith("token/{token_id} changed the token, but reading it back failed: token/list failed: HTTP 403"))
			.verify();
	}

	@Test
	void updateNamesOnlyTheCommentWhenScopesAreNull() {
		stubTheService();

		StepVerifier.create(this.client.update("tok-1", "renamed", null)).expectNextCount(1).verifyComplete();

		server.verify(patchRequestedFor(urlEqualTo("/api/2.0/token/tok-1"))
			.withRequestBody(equalToJson("{\"token\":{\"comment\":\"renamed\"},\"update_mask\":\"comment\"}")));
	}

	@Test
	void updateNamesOnlyTheScopesAndSendsAnEmptyListToClearThem() {
		stubTheService();

		StepVerifier.create(this.client.update("tok-1", null, List.of())).expectNextCount(1).verifyComplete();

		server.verify(patchRequestedFor(urlEqualTo("/api/2.0/token/tok-1"))
			.withRequestBody(equalToJson("{\"token\":{\"scopes\":[]},\"update_mask\":\"scopes\"}")));
	}

	@Test
	void updateEncodesTheTokenIdIntoOnePathSegment() {
		server.stubFor(patch(anyUrl()).willReturn(okJson(UPDATED.replace("tok-1", "a/b c"))));

		StepVerifier.create(this.client.update("a/b c", "x", null)).expectNextCount(1).verifyComplete();

		server.verify(patchRequestedFor(urlEqualTo("/api/2.0/token/a%2Fb%20c")));
	}

	@Test
	void updateRejectsMissingFieldsAndBlankIdsBeforeAnyRequest() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.update("tok-1", null, null))
			.withMessageContaining("at least one field");
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.update(" ", "x", null)).withMessageContaining("tokenId");
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.delete(".."))
			.withMessage("tokenId must not be \"..\": give the id from PublicTokenInfo.tokenId()");
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.update("tok-1", null, List.of(" ")))
			.withMessageContaining("scopes");
		assertThat(server.getAllServeEvents()).isEmpty();
	}

	@Test
	void updateMapsErrorAnswersToTypedExceptions() {
		server.stubFor(patch("/api/2.0/token/gone").willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error_code\":\"RESOURCE_DOES_NOT_EXIST\",\"message\":\"Token gone does not exist.\"}")));
		server.stubFor(patch("/api/2.0/token/unknown").willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error_code\":\"NOT_FOUND\",\"message\":\"Token unknown not found.\"}")));
		server.stubFor(patch("/api/2.0/token/bad").willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error_code\":\"INVALID_PARAMETER_VALUE\",\"message\":\"update_mask names 'x'.\"}")));
		server.stubFor(patch("/api/2.0/token/busy").willReturn(aResponse().withStatus(503).withBody("")));

		StepVerifier.create(this.client.update("gone", "x", null))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(ResourceDoesNotExistException.class)
				.hasMessage("token/{token_id} failed: HTTP 404 RESOURCE_DOES_NOT_EXIST: Token gone does not exist."))
			.verify();
		StepVerifier.create(this.client.update("unknown", "x", null))
			.expectErrorSatisfies((ex) -> assertThat(ex).isExactlyInstanceOf(NotFoundException.class)
				.hasMessage("token/{token_id} failed: HTTP 404 NOT_FOUND: Token unknown not found."))
			.verify();
		StepVerifier.create(this.client.update("bad", "x", null)).expectError(InvalidParameterValueException.class).verify();
		StepVerifier.create(this.client.update("busy", "x", null)).expectError(TemporarilyUnavailableException.class).verify();
	}

	@Test
	void blockingUpdateReturnsTheTokenReadBack() {
		stubTheService();

		assertThat(this.client.blocking().update("tok-1", "renamed", null).comment()).isEqualTo("renamed");
	}

}
