package dev.dbtokens.client.internal.wire;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The JSON error answer: {@code {"error_code", "message", "details": [{"@type", …}]}}; legacy
 * answers carry {@code error} instead of {@code message}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ErrorAnswer(@JsonProperty("error_code") @Nullable String errorCode, @JsonProperty("message") @Nullable String message,
		@JsonProperty("error") @Nullable String error, @JsonProperty("details") @JsonDeserialize(using = BoundedList.OfDetails.class) @Nullable List<Map<String, Object>> details) {

	public @Nullable String text() {
		if (this.message != null && !this.message.isBlank()) {
			return this.message;
		}
		return (this.error != null && !this.error.isBlank()) ? this.error : null;
	}

	/** Spring's decoder logs decoded objects at DEBUG: a server may echo a credential in its message. */
	@Override
	public String toString() {
		String text = text();
		return "ErrorAnswer[errorCode=" + ((this.errorCode != null) ? Redaction.scrub(this.errorCode, 100) : null) + ", message=" + ((text != null) ? Redaction.scrub(text) : null) + "]";
	}

	/** The {@code request_id} of a {@code google.rpc.RequestInfo} detail, if any. */
	public @Nullable String requestId() {
		if (this.details == null) {
			return null;
		}
		for (Map<String, Object> detail : this.details) {
			if (detail != null && String.valueOf(detail.get("@type")).endsWith("RequestInfo")
					&& detail.get("request_id") instanceof String id) {
				return id;
			}
		}
		return null;
	}

}
