package dev.dbtokens.client;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A token created on behalf of a service principal. Databricks shows its value only here, once:
 * hand it to the job that needs it and keep it nowhere else. {@link #toString()} never shows the
 * value.
 * <p>
 * As JSON it is read in the wire form and written with the Java names ({@code tokenValue},
 * {@code tokenInfo}): returning it from a controller hands the value to that caller, on purpose.
 *
 * @param tokenValue the secret value to authenticate with as the service principal, e.g. {@code dapi…}
 * @param tokenInfo the token's information: the admin as creator, the service principal as owner
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({ "tokenValue", "tokenInfo" })
public record OnBehalfOfToken(@JsonProperty("tokenValue") String tokenValue, @JsonProperty("tokenInfo") TokenInfo tokenInfo) {

	/**
	 * Checks that both parts are there.
	 * @throws IllegalArgumentException when a part is missing
	 */
	public OnBehalfOfToken {
		if (tokenValue == null || tokenValue.isEmpty()) {
			throw new IllegalArgumentException("token_value is missing");
		}
		if (tokenInfo == null) {
			throw new IllegalArgumentException("token_info is missing");
		}
	}

	@JsonCreator
	static OnBehalfOfToken fromWire(@JsonProperty("token_value") String tokenValue, @JsonProperty("token_info") TokenInfo tokenInfo) {
		return new OnBehalfOfToken(tokenValue, tokenInfo);
	}

	/**
	 * Describes the token without its value.
	 * @return the token's information with the value masked
	 */
	@Override
	public String toString() {
		return "OnBehalfOfToken[tokenValue=<redacted>, tokenInfo=" + this.tokenInfo + "]";
	}

}
