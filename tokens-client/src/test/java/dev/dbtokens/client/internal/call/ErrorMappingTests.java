package dev.dbtokens.client.internal.call;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Function;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.dbtokens.client.PublicTokenInfo;
import dev.dbtokens.client.RetrySettings;
import dev.dbtokens.client.TokensClient;
import dev.dbtokens.client.error.BadRequestException;
import dev.dbtokens.client.error.DatabricksApiException;
import dev.dbtokens.client.error.DeadlineExceededException;
import dev.dbtokens.client.error.InternalErrorException;
import dev.dbtokens.client.error.InvalidParameterValueException;
import dev.dbtokens.client.error.NotFoundException;
import dev.dbtokens.client.error.PermissionDeniedException;
import dev.dbtokens.client.error.QuotaExceededException;
import dev.dbtokens.client.error.ResourceConflictException;
import dev.dbtokens.client.error.ResourceDoesNotExistException;
import dev.dbtokens.client.error.TemporarilyUnavailableException;
import dev.dbtokens.client.error.TokenCreationOutcomeUnknownException;
import dev.dbtokens.client.error.TooManyRequestsException;
import dev.dbtokens.client.error.UnauthenticatedException;
import dev.dbtokens.client.internal.call.AnswerReader;
import dev.dbtokens.client.internal.call.Delivery;
import dev.dbtokens.client.internal.call.Operation;
import dev.dbtokens.client.internal.wire.ListTokensAnswer;
import dev.dbtokens.client.internal.wire.Redaction;
import dev.dbtokens.client.support.TestSecrets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.ClientResponse;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.dbtokens.client.support.TestSecrets.CONFIGURED_TOKEN;
import static dev.dbtokens.client.support.TestSecrets.CREATED_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Every row of the error mapping, every kind of body that is not JSON, and failures with no answer.
 */
class ErrorMappingTests {

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	/** One attempt: these tests are about the mapping of one answer; retries have their own tests. */
	private final TokensClient client = TokensClient.builder()
		.host(server.baseUrl())
		.token(CONFIGURED_TOKEN)
		.retry(RetrySettings.noRetries())
		.build();

	@ParameterizedTest(name = "HTTP {0} {1} -> {2}")
	@CsvSource({
			"400, INVALID_PARAMETER_VALUE, InvalidParameterValueException",
			"400, INVALID_STATE, BadRequestException",
			"400, '', BadRequestException",
			"401, '', UnauthenticatedException",
			"403, '', PermissionDeniedException",
			"403, PRIVATE_LINK_VALIDATION_ERROR, PermissionDeniedException",
			"404, RESOURCE_DOES_NOT_EXIST, ResourceDoesNotExistException",
			"404, '', NotFoundException",
			"409, ABORTED, ResourceConflictException",
			"409, ALREADY_EXISTS, ResourceConflictException",
			"409, RESOURCE_ALREADY_EXISTS, ResourceConflictException",
			"409, '', ResourceConflictException",
			"429, REQUEST_LIMIT_EXCEEDED, TooManyRequestsException",
			"429, RESOURCE_EXHAUSTED, TooManyRequestsException",
			"429, '', TooManyRequestsException",
			"429, QUOTA_EXCEEDED, QuotaExceededException",
			"400, QUOTA_EXCEEDED, QuotaExceededException",
			"500, UNKNOWN, InternalErrorException",
			"500, DATA_LOSS, InternalErrorException",
			"500, '', InternalErrorException",
			"500, TEMPORARILY_UNAVAILABLE, TemporarilyUnavailableException",
			"503, '', TemporarilyUnavailableException",
			"504, '', DeadlineExceededException",
			"499, '', DatabricksApiException",
			"501, '', DatabricksApiException",
			"418, SOMETHING_NEW, DatabricksApiException",
			// the error code wins over the status
			"400, RESOURCE_DOES_NOT_EXIST, ResourceDoesNotExistException",
			"500, REQUEST_LIMIT_EXCEEDED, TooManyRequestsException" })
	void mapsErrorCodeFirstThenHttpStatus(int status, String code, String expectedType) {
		String body = code.isEmpty() ? "{\"message\":\"went wrong\"}"
				: "{\"error_code\":\"" + code + "\",\"message\":\"went wrong\"}";
		answer(aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body));

		DatabricksApiException ex = failure((c) -> c.delete("tok-1"));

		assertThat(ex.getClass().getSimpleName()).isEqualTo(expectedType);
		assertThat(ex.httpStatus()).isEqualTo(status);
		assertThat(ex.errorCode()).isEqualTo(code);
		assertThat(ex.getMessage())
			.isEqualTo("token/delete failed: HTTP " + status + (code.isEmpty() ? "" : " " + code) + ": went wrong");
	}

	@Test
	void typedExceptionsKeepTheirFamilies() {
		assertThat(new InvalidParameterValueException("m", "", 400, null, null)).isInstanceOf(BadRequestException.class);
		assertThat(new ResourceDoesNotExistException("m", "", 404, null, null)).isInstanceOf(NotFoundException.class);
		assertThat(new QuotaExceededException("m", "", 429, null, null)).isNotInstanceOf(TooManyRequestsException.class);
	}

	@Test
	void readsRequestIdFromDetailsAndLegacyErrorField() {
		answer(aResponse().withStatus(404).withHeader("Content-Type", "application/json").withBody("""
				{"error_code":"RESOURCE_DOES_NOT_EXIST","message":"Token tok-9 does not exist.","details":[
				  {"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"NOPE","domain":"x","metadata":{}},
				  {"@type":"type.googleapis.com/google.rpc.RequestInfo","request_id":"req-42","serving_data":""}]}"""));
		DatabricksApiException ex = failure((c) -> c.delete("tok-9"));
		assertThat(ex).isInstanceOf(ResourceDoesNotExistException.class);
		assertThat(ex.requestId()).isEqualTo("req-42");
		assertThat(ex.getMessage())
			.isEqualTo("token/delete failed: HTTP 404 RESOURCE_DOES_NOT_EXIST: Token tok-9 does not exist.");

		answer(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
			.withBody("{\"error_code\":\"INVALID_PARAMETER_VALUE\",\"error\":\"legacy text\"}"));
		ex = failure(TokensClient::list);
		assertThat(ex).isInstanceOf(InvalidParameterValueException.class);
		assertThat(ex.getMessage()).isEqualTo("token/list failed: HTTP 400 INVALID_PARAMETER_VALUE: legacy text");
		assertThat(ex.requestId()).isNull();
	}

	@Test
	void mapsAnEmptyBodyByStatus() {
		answer(aResponse().withStatus(503));
		DatabricksApiException ex = failure(TokensClient::list);
		assertThat(ex).isInstanceOf(TemporarilyUnavailableException.class);
		assertThat(ex.getMessage()).isEqualTo("token/list failed: HTTP 503: empty body");
	}

	@Test
	void readsPlainTextCodeAndMessage() {
		answer(aResponse().withStatus(400).withHeader("Content-Type", "text/plain")
			.withBody("INVALID_PARAMETER_VALUE: lifetime_seconds must be positive"));
		DatabricksApiException ex = failure((c) -> c.create("c", Duration.ofSeconds(5)));
		assertThat(ex).isInstanceOf(InvalidParameterValueException.class);
		assertThat(ex.errorCode()).isEqualTo("INVALID_PARAMETER_VALUE");
		assertThat(ex.getMessage())
			.isEqualTo("token/create failed: HTTP 400 INVALID_PARAMETER_VALUE: lifetime_seconds must be positive");
	}

	@Test
	void readsHtmlPreThenTitle() {
		answer(aResponse().withStatus(502).withHeader("Content-Type", "text/html").withBody(
				"<html><head><title>502 Bad Gateway</title></head><body><pre>upstream &quot;api&quot; <b>timed out</b></pre></body></html>"));
		DatabricksApiException ex = failure(TokensClient::list);
		assertThat(ex.getClass()).isEqualTo(DatabricksApiException.class);
		assertThat(ex.getMessage()).isEqualTo("token/list failed: HTTP 502: upstream \"api\" timed out");

		answer(aResponse().withStatus(500).withHeader("Content-Type", "text/html")
			.withBody("<!DOCTYPE html><html><head><title>Internal Server Error</title></head><body>...</body></html>"));
		ex = failure(TokensClient::list);
		assertThat(ex).isInstanceOf(InternalErrorException.class);
		assertThat(ex.getMessage()).isEqualTo("token/list failed: HTTP 500: Internal Server Error");
	}

	@Test
	void truncatesLongMessagesAndMasksCredentialsInThem() {
		answer(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
			.withBody("{\"error_code\":\"BAD_REQUEST\",\"message\":\"bad header Bearer " + CONFIGURED_TOKEN + " then "
					+ "x".repeat(2000) + "\"}"));
		DatabricksApiException ex = failure(TokensClient::list);
		assertThat(ex.getMessage()).hasSizeLessThan(400).matches("(?s).*…\\(\\d+ chars\\)").contains("<redacted>");
		TestSecrets.assertNoSecretIn(ex);
		String longest = "x".repeat(Redaction.MAX_LENGTH);
		assertThat(Redaction.scrub(longest)).as("a message within the limit is shown whole").isEqualTo(longest);
		assertThat(Redaction.scrub(longest + "y")).isEqualTo(longest + "…(301 chars)");
	}

	@Test
	void explainsPrivateLinkRedirects() {
		answer(aResponse().withStatus(303).withHeader("Location", "/login.html?error=private-link-validation-error"));
		DatabricksApiException ex = failure(TokensClient::list);
		assertThat(ex).isInstanceOf(PermissionDeniedException.class);
		assertThat(ex.errorCode()).isEqualTo("PRIVATE_LINK_VALIDATION_ERROR");
		assertThat(ex.getMessage()).contains("Private Link").contains(server.baseUrl().replace("localhost", "localhost"));

		answer(aResponse().withStatus(200).withHeader("Content-Type", "text/html")
			.withBody("<html><script>location='/login.html?error=private-link-validation-error'</script></html>"));
		ex = failure((c) -> c.create("c", null));
		assertThat(ex).isInstanceOf(PermissionDeniedException.class);
		assertThat(ex.getMessage()).contains("Private Link");
	}

	@Test
	void reportsOtherRedirectsWithTheirTarget() {
		answer(aResponse().withStatus(302).withHeader("Location", "https://elsewhere.example/api"));
		DatabricksApiException ex = failure(TokensClient::list);
		assertThat(ex.httpStatus()).isEqualTo(302);
		assertThat(ex.getMessage()).contains("redirected to https://elsewhere.example/api");
	}

	@Test
	void successWithHtmlOrBrokenJsonIsAClearErrorNotAJacksonTrace() {
		answer(aResponse().withStatus(200).withHeader("Content-Type", "text/html").withBody("<html>login</html>"));
		DatabricksApiException html = failure(TokensClient::list);
		assertThat(html.getMessage()).startsWith("token/list failed: HTTP 200 with an empty or non-JSON body");

		answer(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
			.withBody("{\"token_value\":\"" + CREATED_TOKEN + "\",\"token_info\":{\"token_id\":"));
		// A 200 means the token was made: its value is lost, so the caller must find and revoke it.
		DatabricksApiException truncated = failure((c) -> c.create("c", null));
		assertThat(truncated).isInstanceOf(TokenCreationOutcomeUnknownException.class);
		assertThat(truncated.getMessage())
			.startsWith("token/create outcome unknown: HTTP 200 with a body that is not the expected JSON");
		assertThat(truncated.getCause()).isNotNull().extracting(Throwable::getCause).isNull();
		TestSecrets.assertNoSecretIn(truncated);

		answer(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
			.withBody("{\"token_value\":\"" + CREATED_TOKEN + "\"}"));
		DatabricksApiException missingInfo = failure((c) -> c.create("c", null));
		assertThat(missingInfo.getMessage())
			.startsWith("token/create outcome unknown: HTTP 200 with a body that is not the expected JSON");
		TestSecrets.assertNoSecretIn(missingInfo);

		answer(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(""));
		assertThat(failure((c) -> c.create("c", null)).getMessage()).contains("empty or non-JSON body");

		answer(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
			.withBody("{\"token_infos\":[{\"token_id\":\"a\",\"creation_time\":\"soon\"}]}"));
		assertThat(failure(TokensClient::list).getMessage()).contains("not the expected JSON");
	}

	@Test
	void successWithoutContentTypeIsReadAsJson() {
		answer(aResponse().withStatus(200).withBody("{\"token_infos\":[{\"token_id\":\"a\"}]}"));
		assertThat(this.client.blocking().list()).extracting(PublicTokenInfo::tokenId).containsExactly("a");
	}

	@Test
	void connectionRefusedIsANamedFailureWithoutStatus() {
		TokensClient closed = TokensClient.builder()
			.host("http://127.0.0.1:1")
			.token(CONFIGURED_TOKEN)
			.retry(RetrySettings.noRetries())
			.build();
		DatabricksApiException ex = catchThrowableOfType(DatabricksApiException.class, () -> closed.blocking().list());
		assertThat(ex.httpStatus()).isZero();
		assertThat(ex.getMessage()).startsWith("token/list failed: no answer from http://127.0.0.1:1 (")
			.endsWith("check the host and the network");
		TestSecrets.assertNoSecretIn(ex);
	}

	@Test
	void aSuccessWhoseBodyBreaksOffIsNoAnswerNotAWrongBody() {
		// A broken connection may be retried (for list and delete); a body that is not the expected JSON never is.
		answer(aResponse().withStatus(200).withFault(com.github.tomakehurst.wiremock.http.Fault.MALFORMED_RESPONSE_CHUNK));
		DatabricksApiException ex = failure(TokensClient::list);
		assertThat(ex.httpStatus()).isZero();
		assertThat(ex.getMessage()).startsWith("token/list failed: no answer from " + server.baseUrl() + " (")
			.doesNotContain("expected JSON");
	}

	@Test
	void aBodyWhoseConnectionBreaksWhileItIsReadStaysANetworkFault() {
		// The same case without a server, so that the break always comes while the body is read.
		ClientResponse broken = ClientResponse.create(HttpStatus.OK)
			.header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE)
			.body(Flux.concat(Flux.just(DefaultDataBufferFactory.sharedInstance.wrap("{\"token_infos\": [".getBytes(StandardCharsets.UTF_8))),
					Flux.error(new IOException("Connection reset by peer"))))
			.build();

		Throwable failure = new AnswerReader(server.baseUrl()).read(Operation.LIST, broken, ListTokensAnswer.class)
			.materialize()
			.block(Duration.ofSeconds(5))
			.getThrowable();

		assertThat(failure).isNotInstanceOf(DatabricksApiException.class);
		assertThat(Delivery.isNetworkFault(failure)).isTrue();
	}

	@Test
	void httpsHostsWorkWithTheStartersDependencies() {
		// Reactor Netty loads its QUIC classes for every https:// call: excluding them breaks TLS.
		TokensClient secure = TokensClient.builder().host("https://127.0.0.1:1").token(CONFIGURED_TOKEN)
			.retry(RetrySettings.noRetries()).build();
		DatabricksApiException ex = catchThrowableOfType(DatabricksApiException.class, () -> secure.blocking().list());
		assertThat(ex.httpStatus()).isZero();
		assertThat(ex.getMessage()).startsWith("token/list failed: no answer from https://127.0.0.1:1 (");
	}

	@Test
	void responseTimeoutIsDeadlineExceeded() {
		answer(aResponse().withStatus(200).withFixedDelay(2_000).withBody("{}"));
		TokensClient impatient = TokensClient.builder()
			.host(server.baseUrl())
			.token(CONFIGURED_TOKEN)
			.retry(RetrySettings.noRetries())
			.webClientBuilder(org.springframework.web.reactive.function.client.WebClient.builder()
				.clientConnector(new org.springframework.http.client.reactive.ReactorClientHttpConnector(
						reactor.netty.http.client.HttpClient.create().responseTimeout(Duration.ofMillis(200)))))
			.build();
		DatabricksApiException ex = catchThrowableOfType(DatabricksApiException.class, () -> impatient.blocking().list());
		assertThat(ex).isInstanceOf(DeadlineExceededException.class);
		assertThat(ex.httpStatus()).isZero();
		assertThat(ex.getMessage()).contains("no response from " + server.baseUrl()).contains("response timeout");
	}

	@Test
	void blockingClientThrowsTheTypedExceptionUnwrapped() {
		answer(aResponse().withStatus(429).withHeader("Content-Type", "application/json")
			.withBody("{\"error_code\":\"QUOTA_EXCEEDED\",\"message\":\"too many tokens\"}"));
		QuotaExceededException ex = catchThrowableOfType(QuotaExceededException.class,
				() -> this.client.blocking().create("c", null));
		assertThat(ex.getMessage()).isEqualTo("token/create failed: HTTP 429 QUOTA_EXCEEDED: too many tokens");
		assertThat(catchThrowableOfType(UnauthenticatedException.class, () -> {
			answer(aResponse().withStatus(401));
			this.client.blocking().delete("x");
		})).isNotNull();
		assertThat(catchThrowableOfType(ResourceConflictException.class, () -> {
			answer(aResponse().withStatus(409));
			this.client.blocking().list();
		})).isNotNull();
	}

	private static void answer(ResponseDefinitionBuilder response) {
		server.resetAll();
		server.stubFor(any(anyUrl()).willReturn(response));
	}

	private DatabricksApiException failure(Function<TokensClient, org.reactivestreams.Publisher<?>> call) {
		Throwable error = Mono.from(call.apply(this.client)).then().onErrorResume((ex) -> Mono.just(ex).flatMap(Mono::error))
			.materialize().block().getThrowable();
		assertThat(error).as("expected the call to fail").isInstanceOf(DatabricksApiException.class);
		TestSecrets.assertNoSecretIn(error);
		return (DatabricksApiException) error;
	}

}
