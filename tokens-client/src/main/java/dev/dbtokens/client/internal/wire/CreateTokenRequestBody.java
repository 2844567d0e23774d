package dev.dbtokens.client.internal.wire;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.dbtokens.client.CreateTokenRequest;
import dev.dbtokens.client.LogText;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code token/create}; {@code null} fields are not sent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateTokenRequestBody(@JsonProperty("comment") @Nullable String comment,
		@JsonProperty("lifetime_seconds") @Nullable Long lifetimeSeconds, @JsonProperty("scopes") @Nullable List<String> scopes) {

	public static CreateTokenRequestBody of(CreateTokenRequest request) {
		Long seconds = (request.lifetime() != null) ? request.lifetime().getSeconds() : null;
		return new CreateTokenRequestBody(request.comment(), seconds, request.scopes());
	}

	/** The comment escaped ({@link LogText}): Spring's codecs log this at TRACE, the wire log at DEBUG. */
	@Override
	public String toString() {
		return "CreateTokenRequestBody[comment=" + ((this.comment != null) ? LogText.of(this.comment) : null) + ", lifetimeSeconds="
				+ this.lifetimeSeconds + ", scopes=" + ((this.scopes != null) ? LogText.of(this.scopes.toString()) : null) + "]";
	}

}
