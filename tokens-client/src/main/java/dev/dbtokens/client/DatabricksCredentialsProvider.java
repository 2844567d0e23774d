package dev.dbtokens.client;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.function.Supplier;

import dev.dbtokens.client.internal.auth.OAuthM2MCredentials;
import dev.dbtokens.client.internal.auth.PersonalAccessToken;
import dev.dbtokens.client.internal.auth.TokenEndpointCheck;
import reactor.core.publisher.Mono;

import org.springframework.web.reactive.function.client.WebClient;

/**
 * Supplies the {@code Authorization} header of each request, e.g. from a personal access token, an
 * OAuth flow or a vault. Implementations must never log or print the header.
 */
@FunctionalInterface
public interface DatabricksCredentialsProvider {

	/**
	 * How long OAuth discovery and one token request may take together unless told otherwise; a
	 * call waiting for a token still fails at its own timeout when that comes first.
	 */
	Duration DEFAULT_OAUTH_REQUEST_TIMEOUT = Duration.ofSeconds(30);

	/**
	 * Returns the value of the {@code Authorization} header for the next request.
	 * @return the header value, e.g. {@code Bearer dapi…}; may be cached by the implementation
	 */
	Mono<String> authorizationHeader();

	/**
	 * Names the kind of authentication, for the {@code User-Agent} and diagnostics.
	 * @return e.g. {@code pat}; {@code custom} by default
	 */
	default String authType() {
		return "custom";
	}

	/**
	 * Called when the server answered 401 to a request sent with the given header. A provider that
	 * can fetch a fresh header drops the rejected one and returns {@code true}: the request is then
	 * sent once more with a new header.
	 * @param rejectedHeader the header value the server rejected
	 * @return whether a retry with a new header may succeed; {@code false} by default
	 */
	default boolean invalidate(String rejectedHeader) {
		return false;
	}

	/**
	 * Authenticates with a personal access token.
	 * @param token the token value, e.g. {@code dapi…}
	 * @return a provider that sends {@code Bearer <token>}
	 * @throws IllegalArgumentException when the token is blank or contains white space
	 */
	static DatabricksCredentialsProvider personalAccessToken(String token) {
		return new PersonalAccessToken(token);
	}

	/**
	 * Authenticates as a service principal with OAuth machine-to-machine (client credentials): the
	 * token endpoint is discovered at {@code {host}/oidc/.well-known/oauth-authorization-server};
	 * access tokens are cached, treated as expired 40 seconds early, and refreshed ahead of time by
	 * one request however many callers wait.
	 * @param host the workspace URL
	 * @param clientId the service principal's client id
	 * @param clientSecret the service principal's OAuth secret
	 * @param webClientBuilder the builder to make the OAuth requests with (cloned)
	 * @return a provider that sends {@code Bearer <access token>}
	 * @throws IllegalArgumentException when an argument is blank or the host is invalid
	 */
	static DatabricksCredentialsProvider oauthM2M(String host, String clientId, String clientSecret,
			WebClient.Builder webClientBuilder) {
		return oauthM2M(DatabricksHost.of(host, false), clientId, clientSecret, webClientBuilder);
	}

	/**
	 * Authenticates as a service principal with OAuth machine-to-machine on a host already checked
	 * (so plain HTTP is used where {@link DatabricksHost#of(String, boolean)} allowed it); see
	 * {@link #oauthM2M(String, String, String, WebClient.Builder)}.
	 * @param host the workspace
	 * @param clientId the service principal's client id
	 * @param clientSecret the service principal's OAuth secret
	 * @param webClientBuilder the builder to make the OAuth requests with (cloned)
	 * @return a provider that sends {@code Bearer <access token>}
	 * @throws IllegalArgumentException when an argument is blank
	 */
	static DatabricksCredentialsProvider oauthM2M(DatabricksHost host, String clientId, String clientSecret,
			WebClient.Builder webClientBuilder) {
		return new OAuthM2MCredentials(host.toString(), clientId, clientSecret, webClientBuilder, Clock.systemUTC());
	}

	/**
	 * Authenticates as a service principal with OAuth machine-to-machine on a host already checked,
	 * making the OAuth requests on a builder obtained at the first token request (the
	 * auto-configuration gives the same source as its {@link TokensClient}s, so the OAuth requests
	 * share their connector, proxy, SSL bundle and customizers). The discovered
	 * {@code token_endpoint} must be {@code https} (plain {@code http} only on loopback or on a
	 * plain-HTTP workspace's own origin) and on the workspace's origin (scheme, host and port) or on
	 * one of {@code allowedTokenEndpointHosts}; otherwise the token request fails naming it and the secret
	 * is not sent.
	 * @param host the workspace
	 * @param clientId the service principal's client id
	 * @param clientSecret the service principal's OAuth secret
	 * @param webClientBuilder gives the builder to start from at the first token request (cloned)
	 * @param allowedTokenEndpointHosts hosts besides the workspace's that may serve the token
	 * endpoint: {@code login.example.com} for port 443, {@code login.example.com:8443} for another;
	 * usually none
	 * @return a provider that sends {@code Bearer <access token>}
	 * @throws IllegalArgumentException when an argument is blank or an allowed host is not a host name
	 */
	static DatabricksCredentialsProvider oauthM2M(DatabricksHost host, String clientId, String clientSecret,
			Supplier<WebClient.Builder> webClientBuilder, Collection<String> allowedTokenEndpointHosts) {
		return oauthM2M(host, clientId, clientSecret, webClientBuilder, allowedTokenEndpointHosts, DEFAULT_OAUTH_REQUEST_TIMEOUT);
	}

	/**
	 * Authenticates as a service principal with OAuth machine-to-machine, as
	 * {@link #oauthM2M(DatabricksHost, String, String, Supplier, Collection)} does, with a bound of
	 * its own on the OAuth requests.
	 * @param host the workspace
	 * @param clientId the service principal's client id
	 * @param clientSecret the service principal's OAuth secret
	 * @param webClientBuilder gives the builder to start from at the first token request (cloned)
	 * @param allowedTokenEndpointHosts hosts besides the workspace's that may serve the token
	 * endpoint: {@code login.example.com} for port 443, {@code login.example.com:8443} for another
	 * @param requestTimeout how long discovery and one token request may take together (default
	 * {@link #DEFAULT_OAUTH_REQUEST_TIMEOUT}); a call waiting for a token fails at its own timeout
	 * when that comes first
	 * @return a provider that sends {@code Bearer <access token>}
	 * @throws IllegalArgumentException when an argument is blank or an allowed host is not a host
	 * name; {@link InvalidSettingException} naming {@code requestTimeout} when it is not positive
	 */
	static DatabricksCredentialsProvider oauthM2M(DatabricksHost host, String clientId, String clientSecret,
			Supplier<WebClient.Builder> webClientBuilder, Collection<String> allowedTokenEndpointHosts, Duration requestTimeout) {
		if (webClientBuilder == null || allowedTokenEndpointHosts == null) {
			throw new IllegalArgumentException("webClientBuilder and allowedTokenEndpointHosts must not be null");
		}
		return new OAuthM2MCredentials(host.toString(), clientId, clientSecret, webClientBuilder,
				new TokenEndpointCheck(host.toString(), allowedTokenEndpointHosts), requestTimeout, Clock.systemUTC());
	}

}
