package dev.dbtokens.client.error;

import org.jspecify.annotations.Nullable;

/**
 * There is no such token ({@code RESOURCE_DOES_NOT_EXIST}): it was revoked, expired, or never existed.
 */
public class ResourceDoesNotExistException extends NotFoundException {

	/**
	 * Creates an exception.
	 * @param message what failed and why
	 * @param errorCode the wire {@code error_code}, or {@code ""}
	 * @param httpStatus the HTTP status, or {@code 0}
	 * @param requestId the server's request id, or {@code null}
	 * @param cause the underlying failure, or {@code null}
	 */
	public ResourceDoesNotExistException(String message, String errorCode, int httpStatus, @Nullable String requestId, @Nullable Throwable cause) {
		super(message, errorCode, httpStatus, requestId, cause);
	}

}
