package dev.dbtokens.client;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A created token. Databricks shows its value only here, once: keep it safe.
 * {@link #toString()} never shows the value.
 * <p>
 * As JSON it is read in the wire form and written with the Java names ({@code tokenValue},
 * {@code tokenInfo}): returning it from a controller hands the value to that caller, on purpose.
 *
 * @param tokenValue the secret value to authenticate with, e.g. {@code dapi…}
 * @param tokenInfo the token's public information (id, comment, times)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({ "tokenValue", "tokenInfo" })
public record CreateTokenResponse(@JsonProperty("tokenValue") String tokenValue,
		@JsonProperty("tokenInfo") PublicTokenInfo tokenInfo) {

	/**
	 * Checks that both parts are there.
	 * @throws IllegalArgumentException when a part is missing
	 */
	public CreateTokenResponse {
		if (tokenValue == null || tokenValue.isEmpty()) {
			throw new IllegalArgumentException("token_value is missing");
		}
		if (tokenInfo == null) {
			throw new IllegalArgumentException("token_info is missing");
		}
	}

	@JsonCreator
	static CreateTokenResponse fromWire(@JsonProperty("token_value") String tokenValue,
			@JsonProperty("token_info") PublicTokenInfo tokenInfo) {
		return new CreateTokenResponse(tokenValue, tokenInfo);
	}

	/**
	 * Describes the token without its value.
	 * @return the token's public information with the value masked
	 */
	@Override
	public String toString() {
		return "CreateTokenResponse[tokenValue=<redacted>, tokenInfo=" + tokenInfo + "]";
	}

}
