package dev.dbtokens.client;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A permission level a principal can hold on the workspace's tokens, as
 * {@link TokenManagementClient#permissionLevels()} lists them. Read in the wire form, written with
 * the Java names.
 *
 * @param permissionLevel the level, e.g. {@code CAN_USE}
 * @param description what it allows, or {@code null}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PermissionLevel(@JsonProperty("permissionLevel") String permissionLevel,
		@JsonProperty("description") @Nullable String description) {

	/**
	 * Checks the level.
	 * @throws IllegalArgumentException when the level is missing
	 */
	public PermissionLevel {
		if (permissionLevel == null || permissionLevel.isEmpty()) {
			throw new IllegalArgumentException("permission_level is missing");
		}
	}

	@JsonCreator
	static PermissionLevel fromWire(@JsonProperty("permission_level") String permissionLevel,
			@JsonProperty("description") @Nullable String description) {
		return new PermissionLevel(permissionLevel, description);
	}

}
