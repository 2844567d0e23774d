package dev.dbtokens.client.internal.call;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;

import dev.dbtokens.client.internal.call.AnswerReader;
import dev.dbtokens.client.internal.call.CredentialsFailureException;
import dev.dbtokens.client.internal.call.ErrorMapper;
import dev.dbtokens.client.internal.call.RetryRules.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.core.codec.DecodingException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.reactive.function.client.WebClientRequestException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every retry rule, per operation: what each answer or fault means for the call.
 */
class RetryRulesTests {

	@ParameterizedTest(name = "{0} answered HTTP {1} {2} (earlier outcome unknown: {3}) -> {4}")
	@CsvSource({
			// list reads: every transient answer is retried
			"LIST, 429, '', false, RETRY",
			"LIST, 429, REQUEST_LIMIT_EXCEEDED, false, RETRY",
			"LIST, 503, '', false, RETRY",
			"LIST, 504, '', false, RETRY",
			"LIST, 500, TEMPORARILY_UNAVAILABLE, false, RETRY",
			"LIST, 500, '', false, FAIL",
			"LIST, 502, '', false, FAIL",
			"LIST, 429, QUOTA_EXCEEDED, false, FAIL",
			"LIST, 400, '', false, FAIL",
			"LIST, 200, '', false, FAIL",
			// delete of one id is idempotent
			"DELETE, 429, '', false, RETRY",
			"DELETE, 503, '', false, RETRY",
			"DELETE, 504, '', false, RETRY",
			"DELETE, 500, TEMPORARILY_UNAVAILABLE, false, RETRY",
			"DELETE, 500, '', false, FAIL",
			"DELETE, 404, RESOURCE_DOES_NOT_EXIST, false, FAIL",
			"DELETE, 404, RESOURCE_DOES_NOT_EXIST, true, SUCCEED",
			"DELETE, 404, NOT_FOUND, false, FAIL",
			"DELETE, 404, NOT_FOUND, true, SUCCEED",
			"DELETE, 404, '', true, FAIL",
			"DELETE, 200, '', false, FAIL",
			// update sets fields to given values: repeating it does no harm, so it retries as delete does
			"UPDATE, 429, '', false, RETRY",
			"UPDATE, 429, REQUEST_LIMIT_EXCEEDED, false, RETRY",
			"UPDATE, 503, '', false, RETRY",
			"UPDATE, 504, '', false, RETRY",
			"UPDATE, 500, TEMPORARILY_UNAVAILABLE, false, RETRY",
			"UPDATE, 500, '', false, FAIL",
			"UPDATE, 502, '', false, FAIL",
			"UPDATE, 400, INVALID_PARAMETER_VALUE, false, FAIL",
			"UPDATE, 429, QUOTA_EXCEEDED, false, FAIL",
			"UPDATE, 404, RESOURCE_DOES_NOT_EXIST, false, FAIL",
			// unlike delete, "no such token" never means that a lost update worked
			"UPDATE, 404, RESOURCE_DOES_NOT_EXIST, true, FAIL",
			"UPDATE, 200, '', false, FAIL",
			// create: only when the server turned the request away
			"CREATE, 429, '', false, RETRY",
			"CREATE, 503, '', false, RETRY",
			"CREATE, 429, QUOTA_EXCEEDED, false, FAIL",
			"CREATE, 400, QUOTA_EXCEEDED, false, FAIL",
			"CREATE, 400, INVALID_PARAMETER_VALUE, false, FAIL",
			"CREATE, 302, '', false, FAIL",
			"CREATE, 300, '', false, FAIL",
			"CREATE, 499, '', false, FAIL",
			"CREATE, 200, PRIVATE_LINK_VALIDATION_ERROR, false, FAIL",
			"CREATE, 504, '', false, FAIL_TOKEN_MAY_EXIST",
			"CREATE, 500, TEMPORARILY_UNAVAILABLE, false, FAIL_TOKEN_MAY_EXIST",
			"CREATE, 500, '', false, FAIL_TOKEN_MAY_EXIST",
			"CREATE, 502, '', false, FAIL_TOKEN_MAY_EXIST",
			"CREATE, 200, '', false, OUTCOME_UNKNOWN" })
	void judgesAnAnswer(Operation operation, int status, String code, boolean earlierOutcomeUnknown, Verdict expected) {
		Throwable answer = ErrorMapper.typed(code, status, "m", null, null);
		assertThat(Delivery.of(answer)).isEqualTo(Delivery.ANSWERED);
		assertThat(RetryRules.decide(operation, answer, Delivery.ANSWERED, earlierOutcomeUnknown)).isEqualTo(expected);
	}

	@Test
	void retriesEveryOperationWhenTheRequestWasNeverSent() {
		Throwable refused = new AnswerReader("https://h").noAnswer(Operation.CREATE, wrapped(new ConnectException("Connection refused")));
		assertThat(Delivery.of(refused)).isEqualTo(Delivery.NOT_SENT);
		for (Operation operation : Operation.values()) {
			assertThat(RetryRules.decide(operation, refused, Delivery.NOT_SENT, false)).isEqualTo(Verdict.RETRY);
		}
	}

	@Test
	void neverRepeatsACreateThatMayHaveReachedTheServer() {
		Throwable reset = new AnswerReader("https://h").noAnswer(Operation.CREATE, wrapped(new IOException("Connection reset by peer")));
		assertThat(Delivery.of(reset)).isEqualTo(Delivery.NO_ANSWER);
		assertThat(RetryRules.decide(Operation.CREATE, reset, Delivery.NO_ANSWER, false)).isEqualTo(Verdict.OUTCOME_UNKNOWN);
		assertThat(RetryRules.decide(Operation.LIST, reset, Delivery.NO_ANSWER, false)).isEqualTo(Verdict.RETRY);
		assertThat(RetryRules.decide(Operation.DELETE, reset, Delivery.NO_ANSWER, false)).isEqualTo(Verdict.RETRY);
	}

	@Test
	void neverRetriesALocalFailure() {
		Throwable local = new IllegalStateException("credentials provider gave no Authorization header");
		assertThat(Delivery.of(local)).isEqualTo(Delivery.LOCAL);
		assertThat(Delivery.of(wrapped(new DecodingException("bad JSON", new IOException("parse"))))).isEqualTo(Delivery.LOCAL);
		for (Operation operation : Operation.values()) {
			assertThat(RetryRules.decide(operation, local, Delivery.LOCAL, false)).isEqualTo(Verdict.FAIL);
		}
	}

	@Test
	void anExceptionWithoutAnAnswerOrANetworkFaultIsLocalSoACreateIsNotCalledUnknown() {
		Throwable unanswered = new dev.dbtokens.client.error.DatabricksApiException("token/create failed: made here", "", 0, null, null);
		assertThat(Delivery.of(unanswered)).isEqualTo(Delivery.LOCAL);
		assertThat(RetryRules.decide(Operation.CREATE, unanswered, Delivery.of(unanswered), false)).isEqualTo(Verdict.FAIL);
	}

	@ParameterizedTest(name = "the OAuth token request met {0} -> {1} for every operation")
	@CsvSource({
			// the token endpoint or discovery failed in passing: nothing went to the workspace, so even create is retried
			"HTTP 429, RETRY",
			"HTTP 500, RETRY",
			"HTTP 502, RETRY",
			"HTTP 503, RETRY",
			"HTTP 504, RETRY",
			"connection refused, RETRY",
			"connection reset, RETRY",
			"timeout, RETRY",
			// a refusal, a missing endpoint, an unreadable or unsafe answer: the same request gets the same answer
			"HTTP 400, FAIL",
			"HTTP 401, FAIL",
			"HTTP 403, FAIL",
			"HTTP 404, FAIL",
			"HTTP 501, FAIL",
			"HTTP 200, FAIL",
			"no cause, FAIL",
			"a local error, FAIL" })
	void aFailureToGetCredentialsIsRetriedOnlyWhenTheTokenEndpointFailedInPassing(String met, Verdict expected) {
		CredentialsFailureException failure = credentialsFailure(met);
		assertThat(Delivery.of(failure)).isEqualTo(Delivery.LOCAL);
		assertThat(RetryRules.mayHaveActed(failure, Delivery.LOCAL)).isFalse();
		for (Operation operation : Operation.values()) {
			assertThat(RetryRules.decide(operation, failure, Delivery.of(failure), false)).as("%s", operation).isEqualTo(expected);
			assertThat(RetryRules.decide(operation, failure, Delivery.of(failure), true)).as("%s", operation).isEqualTo(expected);
		}
	}

	private static CredentialsFailureException credentialsFailure(String met) {
		String message = "OAuth M2M authentication of client sp failed: " + met;
		if (met.startsWith("HTTP ")) {
			return new CredentialsFailureException(message, Integer.parseInt(met.substring(5)), null);
		}
		Throwable cause = switch (met) {
			case "connection refused" -> new ConnectException("Connection refused");
			case "connection reset" -> new IOException("Connection reset by peer");
			case "timeout" -> new java.util.concurrent.TimeoutException("no answer within 30000 ms");
			case "a local error" -> new IllegalStateException("request refused by isolation");
			default -> null;
		};
		return new CredentialsFailureException(message, 0, cause);
	}

	static WebClientRequestException wrapped(Throwable cause) {
		return new WebClientRequestException(cause, HttpMethod.POST, URI.create("https://h/api/2.0/token/create"),
				HttpHeaders.EMPTY);
	}

}
