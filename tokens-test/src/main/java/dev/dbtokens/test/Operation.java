package dev.dbtokens.test;

/**
 * The operations the emulator answers. Used to aim faults and to read the journal.
 */
public enum Operation {

	/** {@code POST /api/2.0/token/create}. */
	CREATE,

	/** {@code POST /api/2.0/token/delete}. */
	DELETE,

	/** {@code GET /api/2.0/token/list}. */
	LIST,

	/** {@code PATCH /api/2.0/token/{token_id}}. */
	UPDATE,

	/** {@code POST /oidc/v1/token}: the OAuth client-credentials grant. */
	OAUTH_TOKEN,

	/** {@code GET /oidc/.well-known/oauth-authorization-server}. */
	DISCOVERY

}
