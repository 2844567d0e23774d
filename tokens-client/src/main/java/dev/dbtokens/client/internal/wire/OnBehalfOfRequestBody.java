package dev.dbtokens.client.internal.wire;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.dbtokens.client.LogText;
import dev.dbtokens.client.OnBehalfOfRequest;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST token-management/on-behalf-of/tokens}; {@code null} fields are not sent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OnBehalfOfRequestBody(@JsonProperty("application_id") String applicationId, @JsonProperty("comment") @Nullable String comment,
		@JsonProperty("lifetime_seconds") @Nullable Long lifetimeSeconds, @JsonProperty("scopes") @Nullable List<String> scopes) {

	public static OnBehalfOfRequestBody of(OnBehalfOfRequest request) {
		Long seconds = (request.lifetime() != null) ? request.lifetime().getSeconds() : null;
		return new OnBehalfOfRequestBody(request.applicationId(), request.comment(), seconds, request.scopes());
	}

	/** The comment escaped ({@link LogText}): Spring's codecs log this at TRACE, the wire log at DEBUG. */
	@Override
	public String toString() {
		return "OnBehalfOfRequestBody[applicationId=" + LogText.of(this.applicationId) + ", comment="
				+ ((this.comment != null) ? LogText.of(this.comment) : null) + ", lifetimeSeconds=" + this.lifetimeSeconds + ", scopes="
				+ ((this.scopes != null) ? LogText.of(this.scopes.toString()) : null) + "]";
	}

}
