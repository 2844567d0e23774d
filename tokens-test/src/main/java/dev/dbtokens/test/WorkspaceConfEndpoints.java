package dev.dbtokens.test;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * {@code GET /api/2.0/workspace-conf?keys=a,b} answers a map of strings (a key without a value
 * maps to {@code null}); {@code PATCH} takes a map of strings and answers 200 with an empty
 * body. The caller is an authenticated admin.
 *
 * <p>A {@code GET} without {@code keys} answers every key the emulator knows. The official Java
 * SDK 0.141.0 sends exactly that: its {@code workspaceConf().getStatus(request)} drops the
 * request's keys. (What a real workspace answers then is not documented.)
 */
final class WorkspaceConfEndpoints {

	private final WorkspaceConf conf;

	WorkspaceConfEndpoints(WorkspaceConf conf) {
		this.conf = conf;
	}

	ApiResponse get(Map<String, List<String>> query) {
		String keys = Routes.parameter(query, "keys");
		List<String> names = (keys != null)
				? Arrays.stream(keys.split(",")).map(String::trim).filter((k) -> !k.isEmpty()).toList()
				: WorkspaceConf.KEYS;
		return ApiResponse.json(200, this.conf.get(names));
	}

	ApiResponse set(byte[] body) {
		JsonNode request = Json.readObject(body);
		Map<String, String> values = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> entry : request.properties()) {
			if (!entry.getValue().isString()) {
				throw ApiException.invalidParameter("Workspace configuration values are strings: send \""
						+ entry.getKey() + "\": \"" + entry.getValue().asString() + "\".");
			}
			values.put(entry.getKey(), entry.getValue().stringValue());
		}
		this.conf.set(values);
		return ApiResponse.raw(200, ApiResponse.JSON, "");
	}

}
