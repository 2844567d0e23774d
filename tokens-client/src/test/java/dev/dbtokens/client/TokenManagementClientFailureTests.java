package dev.dbtokens.client;

import java.time.Duration;
import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.dbtokens.client.error.DatabricksApiException;
import dev.dbtokens.client.error.NotFoundException;
import dev.dbtokens.client.error.PermissionDeniedException;
import dev.dbtokens.client.error.ResourceDoesNotExistException;
import dev.dbtokens.client.error.TokenCreationOutcomeUnknownException;
import dev.dbtokens.client.support.CapturingAppender;
import dev.dbtokens.client.support.TestSecrets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;
import reactor.test.StepVerifier;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static dev.dbtokens.client.support.TestSecrets.CONFIGURED_TOKEN;
import static dev.dbtokens.client.support.TestSecrets.CREATED_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.mockito.Mockito.mock;

/**
 * Token Management failures: typed errors naming the operation, retries by the same rules as the
 * Token API, an on-behalf-of create never sent twice once it may have made a token, no secret in
 * any message or log line, and bad arguments refused before any request.
 */
class TokenManagementClientFailureTests {

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	static final RetrySettings FAST = RetrySettings.defaults()
		.withInitialBackoff(Duration.ofMillis(1))
		.withMaxBackoff(Duration.ofMillis(5))
		.withTimeout(Duration.ofSeconds(10));

	static final String OBO = "/api/2.0/token-management/on-behalf-of/tokens";

	private final TokenManagementClient client = TokenManagementClient
		.of(TokensClient.builder().host(server.baseUrl()).token(CONFIGURED_TOKEN).retry(FAST).build());

	@Test
	void aCallerWhoIsNotAnAdminGetsPermissionDeniedNamingTheOperation() {
		server.stubFor(get("/api/2.0/token-management/tokens").willReturn(error(403, "PERMISSION_DENIED", "Only Admins can access token management APIs.")));

		assertThatExceptionOfType(PermissionDeniedException.class).isThrownBy(() -> this.client.blocking().list())
			.withMessage("token-management/list failed: HTTP 403 PERMISSION_DENIED: Only Admins can access token management APIs.");
	}

	@Test
	void anUnknownTokenIsNotFound() {
		server.stubFor(get("/api/2.0/token-management/tokens/nope").willReturn(error(404, "RESOURCE_DOES_NOT_EXIST", "no token")));
		server.stubFor(delete("/api/2.0/token-management/tokens/nope").willReturn(error(404, "NOT_FOUND", "no token")));

		assertThatExceptionOfType(ResourceDoesNotExistException.class).isThrownBy(() -> this.client.blocking().get("nope"))
			.withMessageStartingWith("token-management/get failed: HTTP 404");
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.client.blocking().delete("nope"))
			.withMessageStartingWith("token-management/delete failed: HTTP 404 NOT_FOUND");
	}

	@Test
	void readsAreRetriedAfterThrottling() {
		server.stubFor(get("/api/2.0/permissions/authorization/tokens").inScenario("r").whenScenarioStateIs(STARTED)
			.willReturn(error(429, "REQUEST_LIMIT_EXCEEDED", "slow down")).willSetStateTo("ok"));
		server.stubFor(get("/api/2.0/permissions/authorization/tokens").inScenario("r").whenScenarioStateIs("ok")
			.willReturn(okJson("{\"object_id\":\"authorization/tokens\"}")));

		assertThat(this.client.blocking().permissions().objectId()).isEqualTo("authorization/tokens");
		server.verify(2, getRequestedFor(urlEqualTo("/api/2.0/permissions/authorization/tokens")));
	}

	@Test
	void aDeleteLostOnTheWayIsRetriedAndNoSuchTokenThenMeansItWasRevoked() {
		server.stubFor(delete("/api/2.0/token-management/tokens/tok-1").inScenario("d").whenScenarioStateIs(STARTED)
			.willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("gone"));
		server.stubFor(delete("/api/2.0/token-management/tokens/tok-1").inScenario("d").whenScenarioStateIs("gone")
			.willReturn(error(404, "RESOURCE_DOES_NOT_EXIST", "no token")));

		StepVerifier.create(this.client.delete("tok-1")).verifyComplete();
		server.verify(2, deleteRequestedFor(urlEqualTo("/api/2.0/token-management/tokens/tok-1")));
	}

	@Test
	void anOnBehalfOfCreateWhoseAnswerIsLostIsNeverSentAgain() {
		server.stubFor(post(OBO).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

		StepVerifier.create(this.client.createOnBehalfOf(OnBehalfOfRequest.of("sp-app-id", "ci-job-7", Duration.ofHours(1))))
			.expectErrorSatisfies((ex) -> {
				assertThat(ex).isExactlyInstanceOf(TokenCreationOutcomeUnknownException.class)
					.hasMessageStartingWith("token-management/on-behalf-of/create outcome unknown: no answer from")
					.hasMessageContaining("a token with comment \"ci-job-7\" may exist")
					.hasMessageContaining("TokenManagementClient.list()")
					.hasMessageContaining("TokenManagementClient.delete(tokenId)");
				assertThat(((TokenCreationOutcomeUnknownException) ex).comment()).isEqualTo("ci-job-7");
			})
			.verify();
		server.verify(1, postRequestedFor(urlEqualTo(OBO)));
	}

	@Test
	void anOnBehalfOfCreateAnsweredWithAnUnreadableSuccessIsNeverSentAgainAndItsValueIsNotQuoted() {
		server.stubFor(post(OBO).willReturn(okJson("{\"token_value\":\"" + CREATED_TOKEN + "\",\"token_info\":{\"token_id\":")));

		StepVerifier.create(this.client.createOnBehalfOf(OnBehalfOfRequest.of("sp-app-id", null, null)))
			.expectErrorSatisfies((ex) -> {
				assertThat(ex).isExactlyInstanceOf(TokenCreationOutcomeUnknownException.class)
					.hasMessageContaining("a token without a comment may exist");
				TestSecrets.assertNoSecretIn(ex);
			})
			.verify();
		server.verify(1, postRequestedFor(urlEqualTo(OBO)));
	}

	@Test
	void anOnBehalfOfCreateFailingWithA500IsNotSentAgainAndSaysATokenMayExist() {
		server.stubFor(post(OBO).willReturn(error(500, "INTERNAL_ERROR", "boom")));

		StepVerifier.create(this.client.createOnBehalfOf(OnBehalfOfRequest.of("sp-app-id", "ci-job-8", null)))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(DatabricksApiException.class)
				.hasMessageContaining("The server may have created the token before it failed"))
			.verify();
		server.verify(1, postRequestedFor(urlEqualTo(OBO)));
	}

	@Test
	void anOnBehalfOfCreateTurnedAwayByThrottlingIsSentAgain() {
		server.stubFor(post(OBO).inScenario("c").whenScenarioStateIs(STARTED)
			.willReturn(error(429, "REQUEST_LIMIT_EXCEEDED", "slow down")).willSetStateTo("ok"));
		server.stubFor(post(OBO).inScenario("c").whenScenarioStateIs("ok")
			.willReturn(okJson("{\"token_value\":\"" + CREATED_TOKEN + "\",\"token_info\":{\"token_id\":\"t\"}}")));

		assertThat(this.client.blocking().createOnBehalfOf(OnBehalfOfRequest.of("sp-app-id", null, null)).tokenInfo().tokenId())
			.isEqualTo("t");
		server.verify(2, postRequestedFor(urlEqualTo(OBO)));
	}

	@Test
	void theOnBehalfOfValueAppearsInNoLogLineEvenAtTrace() {
		server.stubFor(post(OBO).willReturn(okJson("{\"token_value\":\"" + CREATED_TOKEN + "\",\"token_info\":{\"token_id\":\"t\"}}")));
		Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
		Level before = root.getLevel();
		root.setLevel(Level.TRACE);
		try {
			OnBehalfOfToken created = this.client.blocking().createOnBehalfOf(OnBehalfOfRequest.of("sp-app-id", "ci", null));
			assertThat(created.tokenValue()).isEqualTo(CREATED_TOKEN);
		}
		finally {
			root.setLevel(before);
		}
		List<String> lines = CapturingAppender.lines();
		assertThat(lines).anySatisfy((line) -> assertThat(line).contains("token-management/on-behalf-of/tokens"));
		lines.forEach((line) -> TestSecrets.assertNoSecretIn("log line", line));
	}

	@Test
	void refusesBadArgumentsBeforeAnyRequest() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.get(" ")).withMessageContaining("tokenId");
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.delete(null)).withMessageContaining("tokenId");
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.delete(".."))
			.withMessage("tokenId must not be \"..\": give the id from TokenInfo.tokenId()");
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.get(".")).withMessageContaining("tokenId must not be \".\"");
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.update("t", null, null))
			.withMessageContaining("at least one field");
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.list(null)).withMessageContaining("TokenFilter.all()");
		assertThatIllegalArgumentException().isThrownBy(() -> TokenFilter.createdById(0)).withMessageContaining("createdById");
		assertThatIllegalArgumentException().isThrownBy(() -> TokenFilter.createdByUsername(" "))
			.withMessageContaining("createdByUsername");
		assertThatIllegalArgumentException().isThrownBy(() -> OnBehalfOfRequest.of(" ", null, null))
			.withMessageContaining("applicationId");
		assertThatIllegalArgumentException().isThrownBy(() -> OnBehalfOfRequest.of("sp", null, Duration.ofMillis(1500)))
			.withMessageContaining("whole number of seconds");
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.createOnBehalfOf(null))
			.withMessageContaining("OnBehalfOfRequest.of");
		assertThatIllegalArgumentException().isThrownBy(() -> new TokenAccessControl("u", "g", null, "CAN_USE"))
			.withMessageContaining("exactly one of userName, groupName and servicePrincipalName");
		assertThatIllegalArgumentException().isThrownBy(() -> new TokenAccessControl("u", null, null, " "))
			.withMessageContaining("permissionLevel");
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.setPermissions(null)).withMessageContaining("acl");
		assertThatIllegalArgumentException().isThrownBy(() -> new TokenSettings(-1, null))
			.withMessageContaining("maxTokenLifetimeDays must be 0 (no limit) or more");
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.updateSettings(TokenSettings.unchanged()))
			.withMessageContaining("at least one value");
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.withRetry(null)).withMessageContaining("retry");
		assertThatIllegalArgumentException().isThrownBy(() -> TokenManagementClient.of(mock(TokensClient.class)))
			.withMessageContaining("TokensClient.builder()");
		assertThat(server.getAllServeEvents()).isEmpty();
	}

	@Test
	void aSettingThatIsNotWhatItsKeyHoldsIsAMalformedAnswer() {
		server.stubFor(get(urlEqualTo("/api/2.0/workspace-conf?keys=enableTokensConfig,maxTokenLifetimeDays"))
			.willReturn(okJson("{\"maxTokenLifetimeDays\":\"ninety\"}")));

		assertThatExceptionOfType(DatabricksApiException.class).isThrownBy(() -> this.client.blocking().settings())
			.withMessageStartingWith("workspace-conf/get failed: HTTP 200 with a body that is not the expected JSON");
	}

	@Test
	void withRetrySharesTheCallPathWithOtherSettings() {
		TokenManagementClient once = this.client.withRetry(RetrySettings.noRetries());
		server.stubFor(get("/api/2.0/token-management/tokens").willReturn(error(503, "TEMPORARILY_UNAVAILABLE", "busy")));

		assertThat(once.retrySettings().maxAttempts()).isEqualTo(1);
		assertThatExceptionOfType(DatabricksApiException.class).isThrownBy(() -> once.blocking().list());
		server.verify(1, getRequestedFor(urlEqualTo("/api/2.0/token-management/tokens")));
	}

	private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder error(int status, String code, String message) {
		return aResponse().withStatus(status)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error_code\":\"" + code + "\",\"message\":\"" + message + "\"}");
	}

}
