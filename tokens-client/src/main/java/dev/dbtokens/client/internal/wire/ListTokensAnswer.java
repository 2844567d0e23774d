package dev.dbtokens.client.internal.wire;

import java.util.Collections;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.dbtokens.client.PublicTokenInfo;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The answer of {@code token/list}: {@code token_infos} is missing when the user has no token.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ListTokensAnswer(@JsonProperty("token_infos") @JsonDeserialize(using = BoundedList.OfPublicTokenInfos.class) @Nullable List<PublicTokenInfo> tokenInfos) {

	/**
	 * Refuses a {@code null} entry (the decoder then reports a malformed answer), so that no list
	 * handed to a caller holds one.
	 */
	public ListTokensAnswer {
		if (tokenInfos != null && tokenInfos.contains(null)) {
			throw new IllegalArgumentException("token_infos holds a null entry");
		}
	}

	public List<PublicTokenInfo> tokens() {
		return (this.tokenInfos != null) ? Collections.unmodifiableList(this.tokenInfos) : List.of();
	}

}
