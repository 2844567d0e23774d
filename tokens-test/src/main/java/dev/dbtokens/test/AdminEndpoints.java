package dev.dbtokens.test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The admin API under {@value #PREFIX}: reset, seed, journal, clock, faults and the token
 * list, for callers that present the admin key as a bearer token. No Databricks path uses this
 * prefix, and the key authenticates nowhere else.
 */
final class AdminEndpoints {

	static final String PREFIX = "/__emulator/";

	private static final List<String> PATHS = List.of("POST reset", "POST seed", "GET journal", "DELETE journal",
			"POST clock", "POST faults", "DELETE faults", "GET tokens");

	private final DatabricksEmulator emulator;

	private final Clock clock;

	private final byte[] keyDigest;

	AdminEndpoints(DatabricksEmulator emulator, Clock clock, String adminKey) {
		if (adminKey.length() < 16 || adminKey.isBlank()) {
			throw new IllegalArgumentException("The admin key (--admin-key of the standalone emulator) must be at "
					+ "least 16 characters long, got " + adminKey.length() + ".");
		}
		this.emulator = emulator;
		this.clock = clock;
		this.keyDigest = digest(adminKey);
	}

	ApiResponse handle(String method, String path, @Nullable String authorization, byte[] body) {
		if (!authorized(authorization)) {
			return ApiResponse.error(401, "UNAUTHENTICATED", "The emulator's admin API needs 'Authorization: Bearer "
					+ "<admin key>', the key the emulator printed at start.", Map.of());
		}
		try {
			return ApiResponse.json(200, dispatch(method + " " + path.substring(PREFIX.length()), body));
		}
		catch (ApiException ex) {
			return ex.toResponse();
		}
		catch (IllegalArgumentException | IllegalStateException ex) {
			return ApiResponse.error(400, "INVALID_PARAMETER_VALUE", String.valueOf(ex.getMessage()), Map.of());
		}
	}

	private Object dispatch(String call, byte[] body) {
		switch (call) {
			case "POST reset" -> this.emulator.reset();
			case "POST seed" -> EmulatorSeed.parse(body).applyTo(this.emulator.principals());
			case "GET journal" -> {
				return Map.of("requests", this.emulator.journal().stream().map(AdminEndpoints::request).toList());
			}
			case "DELETE journal" -> this.emulator.clearJournal();
			case "POST clock" -> {
				return Map.of("now", moveClock(Json.readObject(body)).toString());
			}
			case "POST faults" -> addFault(Json.readObject(body));
			case "DELETE faults" -> this.emulator.faults().clear();
			case "GET tokens" -> {
				return Map.of("tokens", this.emulator.allTokens().stream().map(AdminEndpoints::token).toList());
			}
			default -> throw new ApiException(404, "ENDPOINT_NOT_FOUND", "No admin call '" + call
					+ "'; the admin API has " + PATHS + " under " + PREFIX + ".");
		}
		return Map.of();
	}

	private Instant moveClock(JsonNode body) {
		if (!(this.clock instanceof MutableClock movable)) {
			throw new IllegalStateException("This emulator runs on a fixed clock; build it with a MutableClock to move it.");
		}
		Long seconds = Json.optionalLong(body, "advanceSeconds");
		String to = Json.optionalString(body, "set");
		if ((seconds == null) == (to == null)) {
			throw new IllegalArgumentException("Send {\"advanceSeconds\": n} or {\"set\": \"2030-01-01T00:00:00Z\"}.");
		}
		try {
			if (seconds != null) {
				movable.advance(Duration.ofSeconds(seconds));
			}
			else {
				movable.set(Instant.parse(to));
			}
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("'set' must be an ISO-8601 instant such as 2030-01-01T00:00:00Z.");
		}
		return this.clock.instant();
	}

	/**
	 * Queues a fault: {@code count} (default 1) and {@code operations} (default all) choose the
	 * requests; then {@code status} (with {@code retryAfterSeconds}, or {@code contentType} and
	 * {@code body} for a raw answer), {@code delayMillis}, or {@code reset} ({@code before} or
	 * {@code after} handling).
	 */
	private void addFault(JsonNode fault) {
		Long count = Json.optionalLong(fault, "count");
		FaultSpec spec = this.emulator.faults().next((count != null) ? Math.toIntExact(count) : 1);
		List<String> operations = Json.optionalStringList(fault, "operations");
		if (operations != null && !operations.isEmpty()) {
			Set<Operation> matching = EnumSet.noneOf(Operation.class);
			operations.forEach((name) -> matching.add(Operation.valueOf(name)));
			Operation first = matching.iterator().next();
			spec.matching(first, matching.stream().skip(1).toArray(Operation[]::new));
		}
		Long status = Json.optionalLong(fault, "status");
		Long retryAfter = Json.optionalLong(fault, "retryAfterSeconds");
		Long delay = Json.optionalLong(fault, "delayMillis");
		String reset = Json.optionalString(fault, "reset");
		String contentType = Json.optionalString(fault, "contentType");
		if (status != null && contentType != null) {
			spec.respondWith(status.intValue(), contentType, String.valueOf(Json.optionalString(fault, "body")));
		}
		else if (status != null) {
			if (retryAfter != null) {
				spec.respond(status.intValue(), Duration.ofSeconds(retryAfter));
			}
			else {
				spec.respond(status.intValue());
			}
		}
		else if (delay != null) {
			spec.delay(Duration.ofMillis(delay));
		}
		else if ("before".equals(reset)) {
			spec.resetBeforeHandling();
		}
		else if ("after".equals(reset)) {
			spec.resetAfterHandling();
		}
		else {
			throw new IllegalArgumentException("A fault needs 'status' (with 'retryAfterSeconds', or 'contentType' and "
					+ "'body'), 'delayMillis', or 'reset' (\"before\" or \"after\").");
		}
	}

	private boolean authorized(@Nullable String authorization) {
		if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
			return false;
		}
		return MessageDigest.isEqual(this.keyDigest, digest(authorization.substring(7).trim()));
	}

	private static byte[] digest(String key) {
		return Secrets.fingerprint(key).getBytes(StandardCharsets.US_ASCII);
	}

	private static Map<String, Object> request(RecordedRequest request) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("operation", (request.operation() != null) ? request.operation().name() : null);
		fields.put("method", request.method());
		fields.put("path", request.path());
		fields.put("status", request.status());
		fields.put("principal", request.principal());
		fields.put("time", request.time().toString());
		fields.put("connectionReset", request.connectionReset());
		return fields;
	}

	private static Map<String, Object> token(EmulatedToken token) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("principal", token.principal());
		fields.put("tokenId", token.tokenId());
		fields.put("comment", token.comment());
		fields.put("creationTime", token.creationTime().toString());
		fields.put("expiryTime", (token.expiryTime() != null) ? token.expiryTime().toString() : null);
		fields.put("createdBy", token.createdBy());
		return fields;
	}

}
