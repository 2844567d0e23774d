package dev.dbtokens.client.error;

import org.jspecify.annotations.Nullable;

/**
 * The workspace is throttling the caller (HTTP 429, {@code REQUEST_LIMIT_EXCEEDED}): try again later.
 */
public class TooManyRequestsException extends DatabricksApiException {

	/**
	 * Creates an exception.
	 * @param message what failed and why
	 * @param errorCode the wire {@code error_code}, or {@code ""}
	 * @param httpStatus the HTTP status, or {@code 0}
	 * @param requestId the server's request id, or {@code null}
	 * @param cause the underlying failure, or {@code null}
	 */
	public TooManyRequestsException(String message, String errorCode, int httpStatus, @Nullable String requestId, @Nullable Throwable cause) {
		super(message, errorCode, httpStatus, requestId, cause);
	}

}
