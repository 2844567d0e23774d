package dev.dbtokens.sample.web;

import dev.dbtokens.client.error.DatabricksApiException;
import dev.dbtokens.client.error.DeadlineExceededException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;

/**
 * Answers every failure as an RFC 9457 problem detail: Spring's own (unreadable body, unknown
 * route, ...) through {@link ResponseEntityExceptionHandler}, and the client's
 * {@link DatabricksApiException} with its {@code errorCode} and {@code databricksStatus}. The
 * detail is the exception's message, which the client keeps free of secrets; no stack trace is
 * ever written.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

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
