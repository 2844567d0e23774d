package dev.dbtokens.client;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code token/create}; {@code null} fields are not sent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record CreateTokenBody(@JsonProperty("comment") @Nullable String comment,
		@JsonProperty("lifetime_seconds") @Nullable Long lifetimeSeconds, @JsonProperty("scopes") @Nullable List<String> scopes) {

	static CreateTokenBody of(CreateTokenRequest request) {
		Long seconds = (request.lifetime() != null) ? request.lifetime().getSeconds() : null;
		return new CreateTokenBody(request.comment(), seconds, request.scopes());
	}

}
