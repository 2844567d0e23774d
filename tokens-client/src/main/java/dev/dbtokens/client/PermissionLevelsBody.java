package dev.dbtokens.client;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The answer of {@code GET permissions/authorization/tokens/permissionLevels}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record PermissionLevelsBody(@JsonProperty("permission_levels") @Nullable List<PermissionLevel> permissionLevels) {

	List<PermissionLevel> levels() {
		return (this.permissionLevels != null)
				? this.permissionLevels.stream().filter(java.util.Objects::nonNull).toList() : List.of();
	}

}
