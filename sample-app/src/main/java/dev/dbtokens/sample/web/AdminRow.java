package dev.dbtokens.sample.web;

import java.time.Clock;

import dev.dbtokens.client.TokenInfo;

/**
 * A token of the workspace as the admin page shows it: the row a user sees, plus who created it
 * and whom it authenticates as (an on-behalf-of token is created by the admin and owned by a
 * service principal).
 *
 * @param token the token's row (comment, portal user, times)
 * @param createdBy the creator's user name, or a dash when the service did not say
 * @param owner {@code the creator} when the token authenticates as its creator, else
 * {@code principal <id>}, or a dash when the service did not say
 */
record AdminRow(TokenRow token, String createdBy, String owner) {

	static AdminRow of(TokenInfo token, Clock clock) {
		String createdBy = (token.createdByUsername() != null) ? token.createdByUsername() : "—";
		String owner;
		if (token.ownerId() == 0) {
			owner = "—";
		}
		else if (token.ownerId() == token.createdById()) {
			owner = "the creator";
		}
		else {
			owner = "principal " + token.ownerId();
		}
		return new AdminRow(TokenRow.of(token.toPublicTokenInfo(), clock), createdBy, owner);
	}

}
