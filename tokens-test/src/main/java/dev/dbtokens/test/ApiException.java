package dev.dbtokens.test;

import java.util.Map;

/**
 * A Databricks error answer raised while handling a request: {@code status} with the body
 * {@code {"error_code": ..., "message": ...}}.
 */
final class ApiException extends RuntimeException {

	private final int status;

	private final String errorCode;

	private final Map<String, String> headers;

	ApiException(int status, String errorCode, String message) {
		this(status, errorCode, message, Map.of());
	}

	ApiException(int status, String errorCode, String message, Map<String, String> headers) {
		super(message, null, false, false);
		this.status = status;
		this.errorCode = errorCode;
		this.headers = Map.copyOf(headers);
	}

	static ApiException invalidParameter(String message) {
		return new ApiException(400, "INVALID_PARAMETER_VALUE", message);
	}

	static ApiException notFound(String message) {
		return new ApiException(404, "RESOURCE_DOES_NOT_EXIST", message);
	}

	ApiResponse toResponse() {
		return ApiResponse.error(this.status, this.errorCode, getMessage(), this.headers);
	}

}
