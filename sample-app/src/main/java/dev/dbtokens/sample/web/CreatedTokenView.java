package dev.dbtokens.sample.web;

import java.time.Instant;
import java.util.List;

import dev.dbtokens.client.CreateTokenResponse;
import dev.dbtokens.client.OnBehalfOfToken;
import dev.dbtokens.client.PublicTokenInfo;
import dev.dbtokens.client.TokenInfo;
import dev.dbtokens.sample.OwnerTag;
import org.jspecify.annotations.Nullable;

/**
 * The answer to {@code POST /tokens} and {@code POST /teams/{team}/tokens}: what {@link TokenView} shows, and the token's value this
 * one time. {@link #toString()} never shows the value.
 *
 * @param id the id to revoke it with
 * @param comment its comment without the portal's owner tag, possibly empty
 * @param creationTime when it was created, or {@code null} when Databricks did not say
 * @param expiryTime when it expires, or {@code null} when it never does
 * @param scopes its scopes, possibly none
 * @param tokenValue the secret value, e.g. {@code dapi…}
 */
record CreatedTokenView(String id, String comment, @Nullable Instant creationTime, @Nullable Instant expiryTime,
		List<String> scopes, String tokenValue) {

	static CreatedTokenView of(CreateTokenResponse created) {
		PublicTokenInfo info = created.tokenInfo();
		return new CreatedTokenView(info.tokenId(), OwnerTag.userComment(info.comment()), info.creationTime(), info.expiryTime(), info.scopes(),
				created.tokenValue());
	}

	static CreatedTokenView of(OnBehalfOfToken created) {
		TokenInfo info = created.tokenInfo();
		return new CreatedTokenView(info.tokenId(), OwnerTag.userComment(info.comment()), info.creationTime(), info.expiryTime(), info.scopes(),
				created.tokenValue());
	}

	@Override
	public String toString() {
		return "CreatedTokenView[id=" + this.id + ", comment=" + this.comment + ", tokenValue=<redacted>]";
	}

}
