package dev.dbtokens.client.error;

import org.jspecify.annotations.Nullable;

/**
 * The caller may not do this, its token is invalid, or the workspace is unreachable through Private Link (HTTP 403).
 */
public class PermissionDeniedException extends DatabricksApiException {

	/**
	 * Creates an exception.
	 * @param message what failed and why
	 * @param errorCode the wire {@code error_code}, or {@code ""}
	 * @param httpStatus the HTTP status, or {@code 0}
	 * @param requestId the server's request id, or {@code null}
	 * @param cause the underlying failure, or {@code null}
	 */
	public PermissionDeniedException(String message, String errorCode, int httpStatus, @Nullable String requestId, @Nullable Throwable cause) {
		super(message, errorCode, httpStatus, requestId, cause);
	}

}
