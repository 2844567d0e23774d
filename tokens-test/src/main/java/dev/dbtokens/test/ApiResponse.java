package dev.dbtokens.test;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A response ready to be written: status, extra headers and body bytes.
 */
record ApiResponse(int status, Map<String, String> headers, String contentType, byte[] body) {

	static final String JSON = "application/json";

	ApiResponse {
		headers = Map.copyOf(headers);
	}

	static ApiResponse json(int status, Object body) {
		return new ApiResponse(status, Map.of(), JSON, Json.write(body));
	}

	static ApiResponse error(int status, String errorCode, String message, Map<String, String> headers) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("error_code", errorCode);
		body.put("message", message);
		return new ApiResponse(status, headers, JSON, Json.write(body));
	}

	static ApiResponse raw(int status, String contentType, String body) {
		return new ApiResponse(status, Map.of(), contentType, body.getBytes(StandardCharsets.UTF_8));
	}

}
