package dev.dbtokens.client.error;

import org.jspecify.annotations.Nullable;

/**
 * The credentials were missing or not accepted (HTTP 401): check the token or client credentials.
 */
public class UnauthenticatedException extends DatabricksApiException {

	/**
	 * Creates an exception.
	 * @param message what failed and why
	 * @param errorCode the wire {@code error_code}, or {@code ""}
	 * @param httpStatus the HTTP status, or {@code 0}
	 * @param requestId the server's request id, or {@code null}
	 * @param cause the underlying failure, or {@code null}
	 */
	public UnauthenticatedException(String message, String errorCode, int httpStatus, @Nullable String requestId, @Nullable Throwable cause) {
		super(message, errorCode, httpStatus, requestId, cause);
	}

}
