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
import org.junit.jupiter.params.provider.ValueSource;

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
 * The sample's HTTP API, end to end: WebTestClient → the running sample → the auto-configured
 * TokensClient → the emulator, whose state is checked afterwards. Web DEBUG logging is on, codecs
 * log whole values at TRACE, and no token value may appear in the output or in any answer but the
 * create's.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "logging.level.dev.dbtokens=DEBUG",
		"logging.level.org.springframework.web=DEBUG", "logging.level.org.springframework.http=DEBUG",
		"logging.level.org.springframework.http.codec=TRACE" })
@AutoConfigureDatabricksEmulator
@AutoConfigureWebTestClient
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
	void resetEmulator() {
		this.databricksEmulator.reset();
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
		assertThat(stored.comment()).isEqualTo("ci-job");
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
	void createsATokenWithoutLifetimeThatNeverExpires() {
		CreatedToken created = create("{\"comment\":\"forever\"}").expectStatus()
			.isCreated()
			.expectBody(CreatedToken.class)
			.returnResult()
			.getResponseBody();
		assertThat(created.expiryTime()).isNull();
		assertThat(token(created.id()).neverExpires()).isTrue();
	}

	@Test
	void listsTheTokensOfThePrincipalWithoutValues() {
		this.web.get()
			.uri("/tokens")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.length()").isEqualTo(1)
			.jsonPath("$[0].id").isEqualTo(this.databricksEmulator.tokens(DEFAULT_PRINCIPAL).get(0).tokenId())
			.jsonPath("$[0].expiryTime").isEmpty()
			.jsonPath("$[0].tokenValue").doesNotExist();
	}

	@Test
	void revokesAToken() {
		String id = create("{\"comment\":\"short-lived\",\"lifetimeSeconds\":60}").expectBody(CreatedToken.class)
			.returnResult()
			.getResponseBody()
			.id();

		this.web.delete().uri("/tokens/{id}", id).exchange().expectStatus().isNoContent().expectBody().isEmpty();

		assertThat(this.databricksEmulator.tokens(DEFAULT_PRINCIPAL)).extracting(EmulatedToken::tokenId).doesNotContain(id);
		assertThat(this.databricksEmulator.journal()).extracting(RecordedRequest::operation, RecordedRequest::status,
				RecordedRequest::principal)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(Operation.CREATE, 200, DEFAULT_PRINCIPAL),
					org.assertj.core.groups.Tuple.tuple(Operation.DELETE, 200, DEFAULT_PRINCIPAL));
	}

	@Test
	void answersNotFoundProblemWithTheDatabricksCodeForAnUnknownId() {
		this.web.delete()
			.uri("/tokens/no-such-token")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status").isEqualTo(404)
			.jsonPath("$.errorCode").isEqualTo("RESOURCE_DOES_NOT_EXIST")
			.jsonPath("$.databricksStatus").isEqualTo(404)
			.jsonPath("$.instance").isEqualTo("/tokens/no-such-token")
			.jsonPath("$.detail").value((String detail) -> assertThat(detail).contains("no-such-token"))
			.jsonPath("$.trace").doesNotExist();
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "-60" })
	void answersBadRequestProblemForANonPositiveLifetimeWithoutAskingDatabricks(String lifetime) {
		create("{\"comment\":\"bad\",\"lifetimeSeconds\":" + lifetime + "}").expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.detail").value((String detail) -> assertThat(detail).contains("lifetimeSeconds must be positive"));
		assertThat(this.databricksEmulator.journal()).isEmpty();
	}

	@Test
	void answersBadRequestProblemForAnUnreadableBody() {
		create("{\"comment\":").expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status").isEqualTo(400)
			.jsonPath("$.trace").doesNotExist();
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
		this.web.delete().uri("/tokens/{id}", ownTokenId).exchange().expectStatus().isNoContent();

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
