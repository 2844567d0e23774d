package dev.dbtokens.client.internal.wire;

import java.util.Collections;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.dbtokens.client.TokenInfo;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The answer of {@code GET token-management/tokens}: {@code token_infos} is missing when there is
 * no token.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ListTokenInfosAnswer(@JsonProperty("token_infos") @JsonDeserialize(using = BoundedList.OfTokenInfos.class) @Nullable List<TokenInfo> tokenInfos) {

	/** Refuses a {@code null} entry (the decoder then reports a malformed answer). */
	public ListTokenInfosAnswer {
		if (tokenInfos != null && tokenInfos.contains(null)) {
			throw new IllegalArgumentException("token_infos holds a null entry");
		}
	}

	public List<TokenInfo> tokens() {
		return (this.tokenInfos != null) ? Collections.unmodifiableList(this.tokenInfos) : List.of();
	}

}
