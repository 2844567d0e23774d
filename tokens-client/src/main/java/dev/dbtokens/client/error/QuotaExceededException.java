package dev.dbtokens.client.error;

import org.jspecify.annotations.Nullable;

/**
 * The user has as many tokens as the workspace allows ({@code QUOTA_EXCEEDED}, whatever the HTTP status): revoke tokens before creating more. Never transient: retrying does not help.
 */
public class QuotaExceededException extends DatabricksApiException {

	/**
	 * Creates an exception.
	 * @param message what failed and why
	 * @param errorCode the wire {@code error_code}, or {@code ""}
	 * @param httpStatus the HTTP status, or {@code 0}
	 * @param requestId the server's request id, or {@code null}
	 * @param cause the underlying failure, or {@code null}
	 */
	public QuotaExceededException(String message, String errorCode, int httpStatus, @Nullable String requestId, @Nullable Throwable cause) {
		super(message, errorCode, httpStatus, requestId, cause);
	}

}
