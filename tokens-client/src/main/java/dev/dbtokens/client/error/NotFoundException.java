package dev.dbtokens.client.error;

import org.jspecify.annotations.Nullable;

/**
 * What was asked for does not exist (HTTP 404).
 */
public class NotFoundException extends DatabricksApiException {

	/**
	 * Creates an exception.
	 * @param message what failed and why
	 * @param errorCode the wire {@code error_code}, or {@code ""}
	 * @param httpStatus the HTTP status, or {@code 0}
	 * @param requestId the server's request id, or {@code null}
	 * @param cause the underlying failure, or {@code null}
	 */
	public NotFoundException(String message, String errorCode, int httpStatus, @Nullable String requestId, @Nullable Throwable cause) {
		super(message, errorCode, httpStatus, requestId, cause);
	}

}
