package dev.dbtokens.client;

import java.util.Collections;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The answer of {@code GET token-management/tokens}: {@code token_infos} is missing when there is
 * no token.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record ListTokenInfosBody(@JsonProperty("token_infos") @Nullable List<TokenInfo> tokenInfos) {

	/** Refuses a {@code null} entry (the decoder then reports a malformed answer). */
	ListTokenInfosBody {
		if (tokenInfos != null && tokenInfos.contains(null)) {
			throw new IllegalArgumentException("token_infos holds a null entry");
		}
	}

	List<TokenInfo> tokens() {
		return (this.tokenInfos != null) ? Collections.unmodifiableList(this.tokenInfos) : List.of();
	}

}
