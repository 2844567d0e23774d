package dev.dbtokens.client.internal.wire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The OAuth token endpoint's answer. Spring's decoder logs decoded objects at DEBUG: the access
 * token never appears in {@link #toString()}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OAuthTokenAnswer(@JsonProperty("access_token") @Nullable String accessToken,
		@JsonProperty("token_type") @Nullable String tokenType, @JsonProperty("expires_in") @Nullable Long expiresIn) {

	@Override
	public String toString() {
		return "OAuthTokenAnswer[accessToken=<redacted>, tokenType=" + this.tokenType + ", expiresIn=" + this.expiresIn + "]";
	}

}
