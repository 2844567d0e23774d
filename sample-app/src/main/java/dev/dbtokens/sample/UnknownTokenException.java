package dev.dbtokens.sample;

/**
 * A token id the signed-in user has no token with: unknown, revoked, or someone else's (the
 * portal does not say which).
 */
public class UnknownTokenException extends RuntimeException {

	/**
	 * Creates the exception.
	 * @param tokenId the id asked for
	 */
	public UnknownTokenException(String tokenId) {
		super("You have no token with id " + LogText.escape(tokenId) + ": it was revoked, has expired, or is not yours");
	}

}
