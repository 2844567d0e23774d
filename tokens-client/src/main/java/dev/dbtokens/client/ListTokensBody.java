package dev.dbtokens.client;

import java.util.Collections;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The answer of {@code token/list}: {@code token_infos} is missing when the user has no token.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record ListTokensBody(@JsonProperty("token_infos") @Nullable List<PublicTokenInfo> tokenInfos) {

	/**
	 * Refuses a {@code null} entry (the decoder then reports a malformed answer), so that no list
	 * handed to a caller holds one.
	 */
	ListTokensBody {
		if (tokenInfos != null && tokenInfos.contains(null)) {
			throw new IllegalArgumentException("token_infos holds a null entry");
		}
	}

	List<PublicTokenInfo> tokens() {
		return (this.tokenInfos != null) ? Collections.unmodifiableList(this.tokenInfos) : List.of();
	}

}
