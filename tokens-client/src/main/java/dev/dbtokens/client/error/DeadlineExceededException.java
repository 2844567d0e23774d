package dev.dbtokens.client.error;

import org.jspecify.annotations.Nullable;

/**
 * No answer came in time: HTTP 504 from a gateway, or no response within the client's response timeout (status 0).
 */
public class DeadlineExceededException extends DatabricksApiException {

	/**
	 * Creates an exception.
	 * @param message what failed and why
	 * @param errorCode the wire {@code error_code}, or {@code ""}
	 * @param httpStatus the HTTP status, or {@code 0}
	 * @param requestId the server's request id, or {@code null}
	 * @param cause the underlying failure, or {@code null}
	 */
	public DeadlineExceededException(String message, String errorCode, int httpStatus, @Nullable String requestId, @Nullable Throwable cause) {
		super(message, errorCode, httpStatus, requestId, cause);
	}

}
