package dev.dbtokens.sample.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.dbtokens.sample.LogText;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

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

	/**
	 * The JSON API's create, one path for a user's and a team's tokens: this body checked by the
	 * rules, the token made by {@code create}, its value answered this once, with {@code no-store}
	 * to keep it out of caches.
	 * @param rules the portal's rules for a comment and a lifetime
	 * @param create makes the token of the checked request
	 * @return {@code 201} with the new token and its value
	 */
	Mono<ResponseEntity<CreatedTokenView>> createWith(TokenRules rules, Function<TokenRules.TokenRequest, Mono<CreatedTokenView>> create) {
		return Mono.fromCallable(() -> {
			requireKnownFields();
			return rules.check(this.comment, this.lifetimeSeconds);
		})
			.flatMap(create)
			.map((created) -> ResponseEntity.status(HttpStatus.CREATED).cacheControl(CacheControl.noStore()).body(created));
	}

	@Override
	public String toString() {
		return "CreateTokenForm[comment=" + ((this.comment != null) ? LogText.escape(this.comment) : null) + ", lifetimeSeconds="
				+ this.lifetimeSeconds + "]";
	}

}
