package dev.dbtokens.client.error;

import org.jspecify.annotations.Nullable;

/**
 * A parameter had an invalid value ({@code INVALID_PARAMETER_VALUE}).
 */
public class InvalidParameterValueException extends BadRequestException {

	/**
	 * Creates an exception.
	 * @param message what failed and why
	 * @param errorCode the wire {@code error_code}, or {@code ""}
	 * @param httpStatus the HTTP status, or {@code 0}
	 * @param requestId the server's request id, or {@code null}
	 * @param cause the underlying failure, or {@code null}
	 */
	public InvalidParameterValueException(String message, String errorCode, int httpStatus, @Nullable String requestId, @Nullable Throwable cause) {
		super(message, errorCode, httpStatus, requestId, cause);
	}

}
