package dev.dbtokens.client.internal.http;

/**
 * Credentials whose {@code Authorization} header never changes, such as a personal access token:
 * the client sets it on each request as it is, without asking the provider for a {@code Mono}.
 */
public interface FixedAuthorization {

	/**
	 * Returns the header value.
	 * @return e.g. {@code Bearer dapi…}; never logged
	 */
	String header();

}
