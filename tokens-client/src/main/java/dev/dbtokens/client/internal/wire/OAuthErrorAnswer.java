package dev.dbtokens.client.internal.wire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * An OAuth error answer ({@code error}, {@code error_description}) or a Databricks one
 * ({@code error_code}, {@code message}).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OAuthErrorAnswer(@JsonProperty("error") @Nullable String error,
		@JsonProperty("error_description") @Nullable String errorDescription,
		@JsonProperty("error_code") @Nullable String errorCode, @JsonProperty("message") @Nullable String message) {

	public String describe() {
		String code = (this.error != null) ? this.error : this.errorCode;
		String text = (this.errorDescription != null) ? this.errorDescription : this.message;
		return Redaction.scrub(((code != null) ? code : "") + ((text != null) ? ": " + text : ""));
	}

	@Override
	public String toString() {
		return "OAuthErrorAnswer[" + describe() + "]";
	}

}
