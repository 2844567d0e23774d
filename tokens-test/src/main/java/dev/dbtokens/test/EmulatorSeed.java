package dev.dbtokens.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import tools.jackson.databind.JsonNode;

/**
 * Principals, groups and workspace settings read from JSON, for the standalone emulator's seed
 * file and the admin API's {@code seed} call:
 *
 * <pre class="code">
 * {"principals": ["alice@example.com", {"name": "bob@example.com", "token": "dapi..."}],
 *  "admins": ["admin@example.com"],
 *  "servicePrincipals": ["ci-bot", {"name": "ops-bot", "clientId": "...", "clientSecret": "..."}],
 *  "groups": {"data-engineers": ["alice@example.com", "ci-bot"]},
 *  "tokenQuota": 600, "maxLifetimeDays": 90, "tokensEnabled": true,
 *  "tokenUsageForAllUsers": true, "workspaceId": 1234567890123456}
 * </pre>
 *
 * Every field may be left out; a principal without a token or credentials gets random ones.
 */
public final class EmulatorSeed {

	private static final Set<String> FIELDS = Set.of("principals", "admins", "servicePrincipals", "groups", "tokenQuota",
			"maxLifetimeDays", "tokensEnabled", "tokenUsageForAllUsers", "workspaceId");

	private static final Set<String> SETTINGS = Set.of("tokenQuota", "maxLifetimeDays", "tokensEnabled",
			"tokenUsageForAllUsers", "workspaceId");

	private final JsonNode seed;

	private EmulatorSeed(JsonNode seed) {
		this.seed = seed;
	}

	/**
	 * Reads a seed file.
	 * @param file a JSON file of the shape above
	 * @return the seed
	 * @throws IllegalArgumentException if the file is not such JSON, naming the file and what is wrong
	 */
	public static EmulatorSeed read(Path file) {
		try {
			return parse(Files.readAllBytes(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the seed file " + file + ": " + ex.getMessage(), ex);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("The seed file " + file + " is invalid: " + ex.getMessage(), ex);
		}
	}

	static EmulatorSeed parse(byte[] json) {
		JsonNode seed;
		try {
			seed = Json.readObject(json);
		}
		catch (ApiException ex) {
			throw new IllegalArgumentException("a seed must be a JSON object, such as {\"principals\": [\"alice\"]}");
		}
		for (String field : seed.propertyNames()) {
			if (!FIELDS.contains(field)) {
				throw new IllegalArgumentException("unknown field '" + field + "'; a seed has " + FIELDS.stream().sorted()
					.toList());
			}
		}
		return new EmulatorSeed(seed);
	}

	/**
	 * Declares the seed's principals, groups and settings on a builder.
	 * @param builder the builder
	 * @return the builder
	 */
	public DatabricksEmulatorBuilder applyTo(DatabricksEmulatorBuilder builder) {
		users("principals", (user) -> builder.withPrincipal(user.name(), user.token()));
		users("admins", (user) -> builder.withAdmin(user.name(), user.token()));
		services(builder::withServicePrincipal);
		groups().forEach((group, members) -> builder.withGroup(group, members.toArray(String[]::new)));
		JsonNode quota = this.seed.get("tokenQuota");
		if (quota != null) {
			builder.tokenQuota(number(quota, "tokenQuota"));
		}
		JsonNode days = this.seed.get("maxLifetimeDays");
		if (days != null) {
			builder.maxLifetime(Duration.ofDays(number(days, "maxLifetimeDays")));
		}
		JsonNode tokensEnabled = this.seed.get("tokensEnabled");
		if (tokensEnabled != null) {
			builder.tokensEnabled(flag(tokensEnabled, "tokensEnabled"));
		}
		JsonNode forAll = this.seed.get("tokenUsageForAllUsers");
		if (forAll != null) {
			builder.tokenUsageForAllUsers(flag(forAll, "tokenUsageForAllUsers"));
		}
		JsonNode workspaceId = this.seed.get("workspaceId");
		if (workspaceId != null) {
			builder.workspaceId(workspaceId.asLong());
		}
		return builder;
	}

	/** Adds the seed's principals and groups to a running emulator; settings are refused. */
	void applyTo(EmulatorPrincipals principals) {
		for (String field : this.seed.propertyNames()) {
			if (SETTINGS.contains(field)) {
				throw new IllegalArgumentException("'" + field + "' is set at start only (seed file or builder)");
			}
		}
		users("principals", (user) -> principals.addPrincipal(user.name(), user.token()));
		users("admins", (user) -> {
			principals.addPrincipal(user.name(), user.token());
			principals.addToGroup(DatabricksEmulator.ADMINS_GROUP, user.name());
		});
		services((name, id, secret) -> principals.addServicePrincipal(name, id, secret));
		groups().forEach((group, members) -> members.forEach((member) -> principals.addToGroup(group, member)));
	}

	private void users(String field, Consumer<Principal> action) {
		for (JsonNode user : array(field)) {
			action.accept(user.isString() ? new Principal(user.stringValue(), Secrets.patValue())
					: new Principal(text(user, "name", field), optional(user, "token", Secrets.patValue())));
		}
	}

	private void services(ServiceAction action) {
		for (JsonNode service : array("servicePrincipals")) {
			if (service.isString()) {
				action.add(service.stringValue(), Secrets.clientId(), Secrets.clientSecret());
			}
			else {
				action.add(text(service, "name", "servicePrincipals"), optional(service, "clientId", Secrets.clientId()),
						optional(service, "clientSecret", Secrets.clientSecret()));
			}
		}
	}

	private Map<String, List<String>> groups() {
		Map<String, List<String>> groups = new LinkedHashMap<>();
		JsonNode node = this.seed.path("groups");
		if (!node.isMissingNode() && !node.isObject()) {
			throw new IllegalArgumentException("'groups' must map group names to arrays of member names");
		}
		node.properties().forEach((group) -> {
			List<String> members = new ArrayList<>();
			group.getValue().values().forEach((member) -> members.add(member.asString()));
			groups.put(group.getKey(), members);
		});
		return groups;
	}

	private Iterable<JsonNode> array(String field) {
		JsonNode node = this.seed.path(field);
		if (node.isMissingNode()) {
			return List.of();
		}
		if (!node.isArray()) {
			throw new IllegalArgumentException("'" + field + "' must be an array of names or objects with a 'name'");
		}
		return node.values();
	}

	private static String text(JsonNode node, String field, String array) {
		if (!node.path(field).isString()) {
			throw new IllegalArgumentException("each entry of '" + array + "' needs a string '" + field + "'");
		}
		return node.path(field).stringValue();
	}

	private static String optional(JsonNode node, String field, String otherwise) {
		return node.path(field).isString() ? node.path(field).stringValue() : otherwise;
	}

	private static int number(JsonNode node, String field) {
		if (!node.isIntegralNumber() || !node.canConvertToInt()) {
			throw new IllegalArgumentException("'" + field + "' must be a whole number, got " + node);
		}
		return node.intValue();
	}

	private static boolean flag(JsonNode node, String field) {
		if (!node.isBoolean()) {
			throw new IllegalArgumentException("'" + field + "' must be true or false, got " + node);
		}
		return node.booleanValue();
	}

	@FunctionalInterface
	private interface ServiceAction {

		void add(String name, String clientId, String clientSecret);

	}

}
