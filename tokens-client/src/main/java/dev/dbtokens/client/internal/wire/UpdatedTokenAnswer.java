package dev.dbtokens.client.internal.wire;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.dbtokens.client.PublicTokenInfo;
import org.jspecify.annotations.Nullable;

/**
 * The answer of {@code PATCH token/{token_id}}: the empty object {@code {}} the service sends (the
 * SDKs' {@code UpdateTokenResponse} has no fields), or a {@code PublicTokenInfo} as some stubs and
 * proxies send.
 *
 * @param token the token the answer carries, or {@code null} for {@code {}}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UpdatedTokenAnswer(@Nullable PublicTokenInfo token) {

	@JsonCreator
	public static UpdatedTokenAnswer fromWire(@JsonProperty("token_id") @Nullable String tokenId,
			@JsonProperty("comment") @Nullable String comment, @JsonProperty("creation_time") @Nullable Object creationTime,
			@JsonProperty("expiry_time") @Nullable Object expiryTime, @JsonProperty("scopes") @Nullable List<String> scopes) {
		return new UpdatedTokenAnswer((tokenId != null) ? PublicTokenInfo.fromWire(tokenId, comment, creationTime, expiryTime, scopes) : null);
	}

}
