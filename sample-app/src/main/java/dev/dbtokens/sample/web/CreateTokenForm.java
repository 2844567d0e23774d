package dev.dbtokens.sample.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.dbtokens.sample.LogText;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /tokens}: {@code comment} and {@code lifetimeSeconds}, which
 * {@link TokenRules} checks. The lifetime is read as a decimal so that a fraction is refused, not
 * truncated. Any other field is remembered and refused (a misspelt {@code lifetime} would
 * otherwise give the maximum lifetime). {@link #toString()} escapes control characters, since
 * Spring's codecs log the decoded body at TRACE.
 */
final class CreateTokenForm {

	private @Nullable String comment;

	private @Nullable BigDecimal lifetimeSeconds;

	private final List<String> unknownFields = new ArrayList<>();

	@Nullable String getComment() {
		return this.comment;
	}

	void setComment(@Nullable String comment) {
		this.comment = comment;
	}

	@Nullable BigDecimal getLifetimeSeconds() {
		return this.lifetimeSeconds;
	}

	void setLifetimeSeconds(@Nullable BigDecimal lifetimeSeconds) {
		this.lifetimeSeconds = lifetimeSeconds;
	}

	@JsonAnySetter
	void unknownField(String name, @Nullable Object value) {
		this.unknownFields.add(name);
	}

	/**
	 * Refuses a body with fields other than {@code comment} and {@code lifetimeSeconds}.
	 * @throws InvalidTokenRequestException naming the first unknown field
	 */
	void requireKnownFields() {
		if (!this.unknownFields.isEmpty()) {
			throw new InvalidTokenRequestException("Unknown field '" + LogText.escape(this.unknownFields.get(0))
					+ "': a token request has only \"comment\" and \"lifetimeSeconds\"");
		}
	}

	@Override
	public String toString() {
		return "CreateTokenForm[comment=" + ((this.comment != null) ? LogText.escape(this.comment) : null) + ", lifetimeSeconds="
				+ this.lifetimeSeconds + "]";
	}

}
