package dev.dbtokens.sample.web;

import java.time.Instant;
import java.util.List;

import dev.dbtokens.client.PublicTokenInfo;
import dev.dbtokens.sample.OwnerTag;
import org.jspecify.annotations.Nullable;

/**
 * A token as {@code GET /tokens} shows it: never its value.
 *
 * @param id the id to revoke it with
 * @param comment its comment without the portal's owner tag, possibly empty
 * @param creationTime when it was created, or {@code null} when Databricks did not say
 * @param expiryTime when it expires, or {@code null} when it never does
 * @param scopes its scopes, possibly none
 */
record TokenView(String id, String comment, @Nullable Instant creationTime, @Nullable Instant expiryTime,
		List<String> scopes) {

	static TokenView of(PublicTokenInfo info) {
		return new TokenView(info.tokenId(), OwnerTag.userComment(info.comment()), info.creationTime(), info.expiryTime(), info.scopes());
	}

}
