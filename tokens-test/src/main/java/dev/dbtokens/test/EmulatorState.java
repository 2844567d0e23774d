package dev.dbtokens.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Saves a workspace to a JSON file and reads it back: principals in id order (so ids survive),
 * groups, every token with its value, the token permissions and the workspace settings.
 */
final class EmulatorState {

	private static final int VERSION = 1;

	private EmulatorState() {
	}

	static void write(Workspace workspace, Path file) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("version", VERSION);
		List<Map<String, Object>> principals = new ArrayList<>();
		for (Record principal : workspace.directory().inIdOrder()) {
			principals.add((principal instanceof Principal user) ? Map.of("name", user.name(), "token", user.token())
					: service((ServicePrincipal) principal));
		}
		state.put("principals", principals);
		state.put("groups", workspace.directory().groups());
		state.put("tokens", workspace.tokens().stored().stream().map(EmulatorState::token).toList());
		state.put("createdCount", workspace.tokens().createdCount());
		state.put("grants", workspace.acl().grants().stream()
			.map((grant) -> Map.of("kind", grant.kind().name(), "name", grant.name())).toList());
		state.put("conf", workspace.conf().get(WorkspaceConf.KEYS));
		try {
			Path parent = file.toAbsolutePath().getParent();
			Path temporary = Files.createTempFile(parent, ".state", ".tmp");
			Files.write(temporary, Json.write(state));
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the emulator state to " + file + ": " + ex.getMessage(), ex);
		}
	}

	static void read(Workspace workspace, Path file) {
		JsonNode state;
		try {
			state = Json.readObject(Files.readAllBytes(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the emulator state from " + file + ": " + ex.getMessage(), ex);
		}
		catch (ApiException ex) {
			throw notState(file, "it is not a JSON object");
		}
		if (state.path("version").asInt() != VERSION) {
			throw notState(file, "its version is not " + VERSION);
		}
		try {
			restore(workspace, state);
		}
		catch (RuntimeException ex) {
			throw notState(file, ex.getMessage());
		}
	}

	private static void restore(Workspace workspace, JsonNode state) {
		workspace.tokens().clear();
		workspace.directory().clear();
		for (JsonNode principal : state.path("principals").values()) {
			if (principal.has("clientId")) {
				workspace.directory().addService(new ServicePrincipal(text(principal, "name"),
						text(principal, "clientId"), text(principal, "clientSecret")));
			}
			else {
				workspace.directory().addUser(new Principal(text(principal, "name"), text(principal, "token")));
			}
		}
		state.path("groups").properties().forEach((group) -> group.getValue().values()
			.forEach((member) -> workspace.directory().addToGroup(group.getKey(), member.stringValue())));
		List<StoredToken> tokens = new ArrayList<>();
		for (JsonNode token : state.path("tokens").values()) {
			tokens.add(new StoredToken(text(token, "id"), text(token, "value"), text(token, "principal"),
					text(token, "createdBy"), Json.optionalString(token, "comment"), instant(token, "creationTime"),
					instant(token, "expiryTime"), Json.optionalStringList(token, "scopes"),
					instant(token, "lastUsedDay")));
		}
		workspace.tokens().restore(tokens, state.path("createdCount").asInt());
		List<TokenAcl.Grantee> grants = new ArrayList<>();
		for (JsonNode grant : state.path("grants").values()) {
			grants.add(new TokenAcl.Grantee(TokenAcl.Kind.valueOf(text(grant, "kind")), text(grant, "name")));
		}
		workspace.acl().set(grants);
		Map<String, String> conf = new LinkedHashMap<>();
		state.path("conf").properties().forEach((entry) -> conf.put(entry.getKey(),
				entry.getValue().isNull() ? "" : entry.getValue().asString()));
		workspace.conf().set(conf);
	}

	private static Map<String, Object> service(ServicePrincipal service) {
		return Map.of("name", service.name(), "clientId", service.clientId(), "clientSecret", service.clientSecret());
	}

	private static Map<String, Object> token(StoredToken token) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("id", token.id());
		fields.put("value", token.value());
		fields.put("principal", token.principal());
		fields.put("createdBy", token.createdBy());
		fields.put("comment", token.comment());
		fields.put("creationTime", token.creationTime().toString());
		fields.put("expiryTime", (token.expiryTime() != null) ? token.expiryTime().toString() : null);
		fields.put("scopes", token.scopes());
		fields.put("lastUsedDay", (token.lastUsedDay() != null) ? token.lastUsedDay().toString() : null);
		return fields;
	}

	private static String text(JsonNode node, String field) {
		String value = Json.optionalString(node, field);
		if (value == null) {
			throw new IllegalArgumentException("an entry lacks '" + field + "'");
		}
		return value;
	}

	private static @Nullable Instant instant(JsonNode node, String field) {
		String value = Json.optionalString(node, field);
		return (value != null) ? Instant.parse(value) : null;
	}

	private static IllegalArgumentException notState(Path file, @Nullable String why) {
		return new IllegalArgumentException("The file " + file + " is not a saved emulator state (" + why
				+ "): remove it, or point at the file the emulator wrote.");
	}

}
