package dev.dbtokens.client.error;

import org.jspecify.annotations.Nullable;

/**
 * A call to the Databricks Token API failed. Subclasses are chosen by the answer's
 * {@code error_code} first, then by its HTTP status. Messages never carry a secret.
 */
public class DatabricksApiException extends RuntimeException {

	private final String errorCode;

	private final int httpStatus;

	private final @Nullable String requestId;

	/**
	 * Creates an exception.
	 * @param message what failed and why, e.g. {@code token/delete failed: HTTP 404 …}
	 * @param errorCode the wire {@code error_code}, or {@code ""} when there is none
	 * @param httpStatus the HTTP status, or {@code 0} when no answer was received
	 * @param requestId the server's request id, or {@code null}
	 * @param cause the underlying failure, or {@code null}
	 */
	public DatabricksApiException(String message, String errorCode, int httpStatus, @Nullable String requestId,
			@Nullable Throwable cause) {
		super(message, cause);
		this.errorCode = errorCode;
		this.httpStatus = httpStatus;
		this.requestId = requestId;
	}

	/**
	 * Returns the wire error code.
	 * @return the {@code error_code} of the answer, e.g. {@code RESOURCE_DOES_NOT_EXIST}, or
	 * {@code ""} when the answer had none
	 */
	public String errorCode() {
		return this.errorCode;
	}

	/**
	 * Returns the HTTP status.
	 * @return the status of the answer, or {@code 0} when no answer was received
	 */
	public int httpStatus() {
		return this.httpStatus;
	}

	/**
	 * Returns the server's request id, useful when asking Databricks support.
	 * @return the request id from the answer's details, or {@code null}
	 */
	public @Nullable String requestId() {
		return this.requestId;
	}

}
