package dev.dbtokens.sample;

import java.time.Duration;
import java.time.Instant;

import dev.dbtokens.client.TokensClient;
import dev.dbtokens.test.AutoConfigureDatabricksEmulator;
import dev.dbtokens.test.DatabricksEmulator;
import dev.dbtokens.test.EmulatedToken;
import dev.dbtokens.test.Operation;
import dev.dbtokens.test.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static dev.dbtokens.test.DatabricksEmulator.DEFAULT_PRINCIPAL;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample's HTTP API, end to end, signed in as the portal's user: WebTestClient → the running
 * sample → the auto-configured TokensClient → the emulator, whose state is checked afterwards. Web DEBUG logging is on, codecs
 * log whole values at TRACE, and no token value may appear in the output or in any answer but the
 * create's.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { PortalTestUsers.USER_PASSWORD_PROPERTY,
		PortalTestUsers.ADMIN_PASSWORD_PROPERTY, "logging.level.dev.dbtokens=DEBUG",
		"logging.level.org.springframework.web=DEBUG", "logging.level.org.springframework.http=DEBUG",
		"logging.level.org.springframework.http.codec=TRACE" })
@AutoConfigureDatabricksEmulator
@AutoConfigureWebTestClient(timeout = "30s")
@Import(RecordingTokensClient.Configuration.class)
@ExtendWith(OutputCaptureExtension.class)
class TokenEndpointsTests {

	@Autowired
	WebTestClient web;

	@Autowired
	DatabricksEmulator databricksEmulator;

	@Autowired
	TokensClient tokensClient;

	@BeforeEach
	void resetEmulatorAndSignIn() {
		this.databricksEmulator.reset();
		this.web = PortalTestUsers.asUser(this.web);
	}

	@AfterEach
	void noTokenValueWasLogged(CapturedOutput output) {
		assertThat(output.getAll()).doesNotContain(this.databricksEmulator.defaultToken());
		for (String value : ((RecordingTokensClient) this.tokensClient).values()) {
			assertThat(output.getAll()).doesNotContain(value);
		}
	}

	@Test
	void createsATokenAndAnswersItsValueOnce() {
		CreatedToken created = create("{\"comment\":\"ci-job\",\"lifetimeSeconds\":3600}").expectStatus()
			.isCreated()
			.expectHeader()
			.cacheControl(org.springframework.http.CacheControl.noStore())
			.expectBody(CreatedToken.class)
			.returnResult()
			.getResponseBody();

		assertThat(created.tokenValue()).startsWith("dapi");
		assertThat(Duration.between(created.creationTime(), created.expiryTime())).isEqualTo(Duration.ofHours(1));
		EmulatedToken stored = token(created.id());
		assertThat(created.comment()).isEqualTo("ci-job");
		assertThat(stored.comment()).as("tagged with the signed-in user").isEqualTo("portal:" + PortalTestUsers.USER + " ci-job");
		assertThat(stored.expiryTime().toEpochMilli()).isEqualTo(created.expiryTime().toEpochMilli());
		assertThat(TokensClient.builder().host(this.databricksEmulator.baseUrl()).token(created.tokenValue()).build()
			.blocking()
			.list()).as("the answered value is a working token").extracting("tokenId").contains(created.id());
		this.web.get().uri("/tokens").exchange().expectStatus().isOk().expectBody(String.class).value((body) -> {
			assertThat(body).contains(created.id(), "ci-job");
			assertThat(body).doesNotContain(created.tokenValue());
		});
	}

	@Test
	void createsATokenWithoutLifetimeForTheMaximumLifetime() {
		CreatedToken created = create("{\"comment\":\"default\"}").expectStatus()
			.isCreated()
			.expectBody(CreatedToken.class)
			.returnResult()
			.getResponseBody();
		assertThat(Duration.between(created.creationTime(), created.expiryTime())).isEqualTo(Duration.ofDays(30));
		assertThat(token(created.id()).neverExpires()).isFalse();
	}

	@Test
	void listsOnlyTheSignedInUsersTokensWithoutValues() {
		String mine = createdId("{\"comment\":\"mine\",\"lifetimeSeconds\":600}");
		PortalTestUsers.asAdmin(this.web)
			.post()
			.uri("/tokens")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"comment\":\"the admin's\"}")
			.exchange()
			.expectStatus()
			.isCreated();

		this.web.get()
			.uri("/tokens")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.length()").isEqualTo(1)
			.jsonPath("$[0].id").isEqualTo(mine)
			.jsonPath("$[0].comment").isEqualTo("mine")
			.jsonPath("$[0].expiryTime").isNotEmpty()
			.jsonPath("$[0].tokenValue").doesNotExist();
		assertThat(this.databricksEmulator.tokens(DEFAULT_PRINCIPAL)).as("the application's own token and the admin's")
			.hasSize(3);
	}

	@Test
	void refusesToRevokeATokenThePortalDidNotCreateForTheUser() {
		String ownTokenId = this.databricksEmulator.tokens(DEFAULT_PRINCIPAL).get(0).tokenId();
		String adminsTokenId = PortalTestUsers.asAdmin(this.web)
			.post()
			.uri("/tokens")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}")
			.exchange()
			.expectBody(CreatedToken.class)
			.returnResult()
			.getResponseBody()
			.id();

		for (String id : new String[] { ownTokenId, adminsTokenId }) {
			this.web.delete()
				.uri("/tokens/{id}", id)
				.exchange()
				.expectStatus()
				.isNotFound()
				.expectHeader()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody()
				.jsonPath("$.detail").isEqualTo("You have no token with id " + id + ": it was revoked, has expired, or is not yours");
		}
		assertThat(this.databricksEmulator.tokens(DEFAULT_PRINCIPAL)).extracting(EmulatedToken::tokenId)
			.contains(ownTokenId, adminsTokenId);
		assertThat(this.databricksEmulator.journal()).extracting(RecordedRequest::operation).doesNotContain(Operation.DELETE);
	}

	@Test
	void revokesAToken() {
		String id = create("{\"comment\":\"short-lived\",\"lifetimeSeconds\":60}").expectBody(CreatedToken.class)
			.returnResult()
			.getResponseBody()
			.id();

		this.web.delete().uri("/tokens/{id}", id).exchange().expectStatus().isNoContent().expectBody().isEmpty();

		assertThat(this.databricksEmulator.tokens(DEFAULT_PRINCIPAL)).extracting(EmulatedToken::tokenId).doesNotContain(id);
		// The count against sample.max-tokens-per-user, the create, the ownership check, the delete.
		assertThat(this.databricksEmulator.journal()).extracting(RecordedRequest::operation, RecordedRequest::status,
				RecordedRequest::principal)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(Operation.LIST, 200, DEFAULT_PRINCIPAL),
					org.assertj.core.groups.Tuple.tuple(Operation.CREATE, 200, DEFAULT_PRINCIPAL),
					org.assertj.core.groups.Tuple.tuple(Operation.LIST, 200, DEFAULT_PRINCIPAL),
					org.assertj.core.groups.Tuple.tuple(Operation.DELETE, 200, DEFAULT_PRINCIPAL));
	}

	@Test
	void answersNotFoundProblemForAnUnknownId() {
		this.web.delete()
			.uri("/tokens/no-such-token")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status").isEqualTo(404)
			.jsonPath("$.instance").isEqualTo("/tokens/no-such-token")
			.jsonPath("$.detail").value((String detail) -> assertThat(detail).contains("no-such-token"))
			.jsonPath("$.trace").doesNotExist();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			0              | lifetimeSeconds must be between 1 and 2592000 (30 days), was 0; leave it out for the maximum
			-60            | lifetimeSeconds must be between 1 and 2592000 (30 days), was -60; leave it out for the maximum
			2592001        | lifetimeSeconds must be between 1 and 2592000 (30 days), was 2592001; leave it out for the maximum
			99999999999999 | lifetimeSeconds must be between 1 and 2592000 (30 days), was 99999999999999; leave it out for the maximum
			1.5            | lifetimeSeconds must be a whole number of seconds, was 1.5: round it, e.g. to 2
			1e999999999    | lifetimeSeconds must be between 1 and 2592000 (30 days), was 1E+999999999; leave it out for the maximum
			-1e999999999   | lifetimeSeconds must be between 1 and 2592000 (30 days), was -1E+999999999; leave it out for the maximum
			1e-999999999   | lifetimeSeconds must be a whole number of seconds, was 1E-999999999: round it, e.g. to 1
			"3600x"        | JSON value of the wrong type at line 1, column 36: "lifetimeSeconds" must be a whole number of seconds, e.g. 3600. Send
			true           | JSON value of the wrong type at line 1, column 36: "lifetimeSeconds" must be a whole number of seconds, e.g. 3600. Send
			""")
	void answersBadRequestProblemForALifetimeOutOfRulesWithoutAskingDatabricks(String lifetime, String detail) {
		create("{\"comment\":\"bad\",\"lifetimeSeconds\":" + lifetime + "}").expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.detail").value((String answered) -> assertThat(answered).startsWith(detail));
		assertThat(this.databricksEmulator.journal()).isEmpty();
	}

	@Test
	void acceptsAWholeLifetimeWrittenWithADecimalPoint() {
		CreatedToken created = create("{\"lifetimeSeconds\":60.0}").expectStatus()
			.isCreated()
			.expectBody(CreatedToken.class)
			.returnResult()
			.getResponseBody();
		assertThat(Duration.between(created.creationTime(), created.expiryTime())).isEqualTo(Duration.ofMinutes(1));
	}

	@Test
	void answersBadRequestProblemForACommentOverTheLimit() {
		create("{\"comment\":\"" + "x".repeat(200_000) + "\"}").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.detail").isEqualTo("comment must be at most 1,000 characters, was 200,000: shorten it");
		create("{\"comment\":\"" + "x".repeat(1000) + "\",\"lifetimeSeconds\":60}").expectStatus().isCreated();
	}

	@Test
	void answersPayloadTooLargeProblemForAMegabyteBody() {
		create("{\"comment\":\"" + "x".repeat(1_000_000) + "\"}").expectStatus()
			.isEqualTo(413)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.detail").value((String detail) -> assertThat(detail).contains("a comment holds at most 1000 characters"));
		assertThat(this.databricksEmulator.journal()).isEmpty();
	}

	@Test
	void answersBadRequestProblemForACommentWithControlCharactersAndLogsNoForgedLine(CapturedOutput output) {
		create("{\"comment\":\"ok\\nINFO forged log line\"}").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("comment must not contain control characters such as line breaks or tabs, found U+000A at character 3: remove it");
		assertThat(output.getAll()).doesNotContain("\nINFO forged log line");
		assertThat(this.databricksEmulator.journal()).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
			''             | The request body is missing (or is JSON null). Send an object such as {"comment": "ci-job", "lifetimeSeconds": 3600}
			null           | The request body is missing (or is JSON null). Send an object such as {"comment": "ci-job", "lifetimeSeconds": 3600}
			"ci"           | JSON value of the wrong type at line 1, column 1: the body must be a JSON object. Send an object such as {"comment": "ci-job", "lifetimeSeconds": 3600}
			[]             | JSON value of the wrong type at line 1, column 1: the body must be a JSON object. Send an object such as {"comment": "ci-job", "lifetimeSeconds": 3600}
			{"comment":{}} | JSON value of the wrong type at line 1, column 12: "comment" must be a string. Send an object such as {"comment": "ci-job", "lifetimeSeconds": 3600}
			""")
	void answersBadRequestProblemForABodyThatIsNotATokenRequestInPlainWords(String body, String detail) {
		create(body).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.detail").isEqualTo(detail)
			.jsonPath("$.trace").doesNotExist();
		assertThat(this.databricksEmulator.journal()).isEmpty();
	}

	@Test
	void answersBadRequestProblemNamingWhereMalformedJsonBroke() {
		create("{\"comment\":").expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status").isEqualTo(400)
			.jsonPath("$.detail").value((String detail) -> assertThat(detail).startsWith("Malformed JSON at line 1, column 12: ")
				.contains("Send an object such as"))
			.jsonPath("$.trace").doesNotExist();
	}

	@Test
	void answersBadRequestProblemForAnUnknownField() {
		create("{\"comment\":\"typo\",\"lifetime\":60}").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.detail").value((String detail) -> assertThat(detail).startsWith("Unknown field 'lifetime': ")
				.endsWith("a token request has only \"comment\" and \"lifetimeSeconds\""));
		assertThat(this.databricksEmulator.journal()).isEmpty();
	}

	@Test
	void answersQuotaExceededProblemWhenThePrincipalHasTooManyTokens() {
		this.databricksEmulator.faults()
			.next()
			.matching(Operation.CREATE)
			.respondWith(400, "application/json",
					"{\"error_code\":\"QUOTA_EXCEEDED\",\"message\":\"Cannot create more than 600 tokens.\"}");
		create("{\"comment\":\"one-too-many\"}").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errorCode").isEqualTo("QUOTA_EXCEEDED")
			.jsonPath("$.databricksStatus").isEqualTo(400);
		assertThat(this.databricksEmulator.createdCount()).isZero();
	}

	@Test
	void answersBadGatewayProblemWithoutTheSecretWhenDatabricksRefusesTheServicesOwnToken() {
		String ownTokenId = this.databricksEmulator.tokens(DEFAULT_PRINCIPAL).get(0).tokenId();
		this.tokensClient.delete(ownTokenId).block();

		this.web.get()
			.uri("/tokens")
			.exchange()
			.expectStatus()
			.isEqualTo(502)
			.expectBody(String.class)
			.value((body) -> {
				assertThat(body).contains("\"errorCode\":\"PERMISSION_DENIED\"", "\"databricksStatus\":403");
				assertThat(body).doesNotContain(this.databricksEmulator.defaultToken(), "Bearer");
			});
	}

	private WebTestClient.ResponseSpec create(String json) {
		return this.web.post().uri("/tokens").contentType(MediaType.APPLICATION_JSON).bodyValue(json).exchange();
	}

	private String createdId(String json) {
		return create(json).expectStatus().isCreated().expectBody(CreatedToken.class).returnResult().getResponseBody().id();
	}

	private EmulatedToken token(String id) {
		return this.databricksEmulator.tokens(DEFAULT_PRINCIPAL)
			.stream()
			.filter((token) -> token.tokenId().equals(id))
			.findFirst()
			.orElseThrow(() -> new AssertionError("the emulator holds no token " + id));
	}

	record CreatedToken(String id, String comment, Instant creationTime, Instant expiryTime, String tokenValue) {

		@Override
		public String toString() {
			return "CreatedToken[id=" + this.id + ", tokenValue=<redacted>]";
		}

	}

}
