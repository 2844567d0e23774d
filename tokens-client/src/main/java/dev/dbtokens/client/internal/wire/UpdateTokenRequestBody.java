package dev.dbtokens.client.internal.wire;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.dbtokens.client.internal.wire.Arguments;
import dev.dbtokens.client.LogText;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code PATCH token/{token_id}}: the fields to change and an {@code update_mask}
 * naming exactly those fields.
 */
public record UpdateTokenRequestBody(@JsonProperty("token") Fields token, @JsonProperty("update_mask") String updateMask) {

	public static UpdateTokenRequestBody of(@Nullable String comment, @Nullable List<String> scopes) {
		if (comment == null && scopes == null) {
			throw new IllegalArgumentException("comment and scopes are both null: give at least one field to update");
		}
		List<String> mask = new ArrayList<>();
		if (comment != null) {
			mask.add("comment");
		}
		if (scopes != null) {
			mask.add("scopes");
		}
		return new UpdateTokenRequestBody(new Fields(comment, Arguments.scopes(scopes)), String.join(",", mask));
	}

	/**
	 * The changed fields of the token; {@code null} fields are not sent.
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Fields(@JsonProperty("comment") @Nullable String comment, @JsonProperty("scopes") @Nullable List<String> scopes) {

		/** The comment escaped ({@link LogText}): Spring's codecs log this at TRACE, the wire log at DEBUG. */
		@Override
		public String toString() {
			return "Fields[comment=" + ((this.comment != null) ? LogText.of(this.comment) : null) + ", scopes="
					+ ((this.scopes != null) ? LogText.of(this.scopes.toString()) : null) + "]";
		}

	}

}
