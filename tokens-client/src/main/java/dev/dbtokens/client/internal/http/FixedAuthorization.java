package dev.dbtokens.client.internal.http;

/**
 * Credentials whose {@code Authorization} header never changes, such as a personal access token:
 * the client sets it once as a default header instead of asking for it on every request.
 */
public interface FixedAuthorization {

	/**
	 * Returns the header value.
	 * @return e.g. {@code Bearer dapi…}; never logged
	 */
	String header();

}
