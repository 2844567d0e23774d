package dev.dbtokens.client.internal.wire;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.dbtokens.client.PermissionLevel;
import org.jspecify.annotations.Nullable;

/**
 * The answer of {@code GET permissions/authorization/tokens/permissionLevels}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PermissionLevelsAnswer(@JsonProperty("permission_levels") @Nullable List<PermissionLevel> permissionLevels) {

	public List<PermissionLevel> levels() {
		return (this.permissionLevels != null)
				? this.permissionLevels.stream().filter(java.util.Objects::nonNull).toList() : List.of();
	}

}
