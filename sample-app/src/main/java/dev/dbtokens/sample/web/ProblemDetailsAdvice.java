package dev.dbtokens.sample.web;

import dev.dbtokens.client.error.DatabricksApiException;
import dev.dbtokens.client.error.DeadlineExceededException;
import dev.dbtokens.sample.TokenCapReachedException;
import dev.dbtokens.sample.UnknownTokenException;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.server.ContentTooLargeException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;

/**
 * Answers every failure of the JSON API as an RFC 9457 problem detail: Spring's own (unreadable
 * body, too large a body, ...) through {@link ResponseEntityExceptionHandler}, with a detail that
 * says what to change; a refused token request; a create over the user's cap of live tokens
 * ({@code 409}: it conflicts with what the user holds, and revoking one resolves it); a token the
 * user does not have; and the client's
 * {@link DatabricksApiException} with its {@code errorCode} and {@code databricksStatus}. The
 * detail is the exception's message, which the client keeps free of secrets; no stack trace is
 * ever written.
 */
@RestControllerAdvice(assignableTypes = { TokenController.class, TeamTokenController.class })
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	/** The reason Spring gives for a required body that is empty or JSON {@code null}. */
	private static final String NO_BODY = "No request body";

	@ExceptionHandler
	ProblemDetail databricksFailed(DatabricksApiException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(statusFor(ex), ex.getMessage());
		problem.setProperty("errorCode", ex.errorCode());
		problem.setProperty("databricksStatus", ex.httpStatus());
		if (ex.requestId() != null) {
			problem.setProperty("requestId", ex.requestId());
		}
		return problem;
	}

	@ExceptionHandler
	ProblemDetail invalidRequest(InvalidTokenRequestException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail capReached(TokenCapReachedException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
		problem.setProperty("maxTokensPerUser", ex.cap());
		problem.setProperty("tokens", ex.held());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail unknownToken(UnknownTokenException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	@Override
	protected Mono<ResponseEntity<Object>> handleServerWebInputException(ServerWebInputException ex, HttpHeaders headers,
			HttpStatusCode status, ServerWebExchange exchange) {
		String detail = JsonProblems.describe(ex);
		if (detail == null && NO_BODY.equals(ex.getReason())) {
			detail = "The request body is missing (or is JSON null). " + JsonProblems.EXAMPLE;
		}
		if (detail != null) {
			ex.getBody().setDetail(detail);
		}
		return super.handleServerWebInputException(ex, headers, status, exchange);
	}

	@ExceptionHandler
	ProblemDetail tooLarge(ContentTooLargeException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, "The request body is too large: a token request is "
				+ "a small JSON object (a comment holds at most " + TokenRules.MAX_COMMENT_LENGTH + " characters)");
	}

	/**
	 * What the caller of this service gets: the Databricks status when the caller's request
	 * caused it; 502 when this service's own credentials were refused (401, 403) or Databricks
	 * failed; 504 when it did not answer in time.
	 */
	static HttpStatus statusFor(DatabricksApiException ex) {
		return switch (ex.httpStatus()) {
			case 400, 404, 409, 429, 503, 504 -> HttpStatus.valueOf(ex.httpStatus());
			default -> (ex instanceof DeadlineExceededException) ? HttpStatus.GATEWAY_TIMEOUT : HttpStatus.BAD_GATEWAY;
		};
	}

}
