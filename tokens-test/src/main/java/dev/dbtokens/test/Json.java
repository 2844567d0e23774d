package dev.dbtokens.test;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads request bodies leniently (unknown fields ignored, int64 as number or decimal string)
 * and writes response bodies.
 */
final class Json {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private Json() {
	}

	static byte[] write(Object value) {
		return MAPPER.writeValueAsBytes(value);
	}

	/** Parses a request body that must be a JSON object; an empty body is an empty object. */
	static JsonNode readObject(byte[] body) {
		if (body.length == 0) {
			return MAPPER.createObjectNode();
		}
		JsonNode node;
		try {
			node = MAPPER.readTree(body);
		}
		catch (JacksonException ex) {
			throw malformed();
		}
		if (node == null || !node.isObject()) {
			throw malformed();
		}
		return node;
	}

	static @Nullable String optionalString(JsonNode node, String field) {
		JsonNode value = node.get(field);
		if (value == null || value.isNull()) {
			return null;
		}
		if (!value.isString()) {
			throw ApiException.invalidParameter("Field '" + field + "' must be a string.");
		}
		return value.stringValue();
	}

	/** An int64 field given as a JSON integer or as a decimal string, as Databricks accepts both. */
	static @Nullable Long optionalLong(JsonNode node, String field) {
		JsonNode value = node.get(field);
		if (value == null || value.isNull()) {
			return null;
		}
		if (value.isIntegralNumber() && value.canConvertToLong()) {
			return value.longValue();
		}
		if (value.isString()) {
			try {
				return Long.parseLong(value.stringValue().trim());
			}
			catch (NumberFormatException ex) {
				// fall through to the error below
			}
		}
		throw ApiException.invalidParameter("Field '" + field + "' must be an integer, got " + value.getNodeType()
				+ ".");
	}

	static @Nullable List<String> optionalStringList(JsonNode node, String field) {
		JsonNode value = node.get(field);
		if (value == null || value.isNull()) {
			return null;
		}
		if (!value.isArray()) {
			throw ApiException.invalidParameter("Field '" + field + "' must be an array of strings.");
		}
		List<String> strings = new ArrayList<>();
		for (JsonNode element : value.values()) {
			if (!element.isString()) {
				throw ApiException.invalidParameter("Field '" + field + "' must be an array of strings.");
			}
			strings.add(element.stringValue());
		}
		return List.copyOf(strings);
	}

	private static ApiException malformed() {
		return new ApiException(400, "MALFORMED_REQUEST",
				"Invalid JSON given in the body of the request - expected a map");
	}

}
