package dev.dbtokens.client;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import dev.dbtokens.client.internal.http.DefaultTokensClientBuilder;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Non-blocking client for the Databricks Token API of one workspace.
 *
 * <p>Every method returns a cold publisher: nothing is sent until it is subscribed to.
 * Failures are signalled as {@link dev.dbtokens.client.error.DatabricksApiException} subclasses;
 * invalid arguments are rejected at the call, before any request, with an
 * {@link IllegalArgumentException} naming the argument.
 *
 * <p>In a Spring Boot application the starter provides a bean; elsewhere, use {@link #builder()}.
 */
public interface TokensClient {

	/**
	 * Creates a token for the calling user.
	 * @param request what to create; the lifetime, when given, is at least one second
	 * @return the token value (shown only once by Databricks) and its public information
	 */
	Mono<CreateTokenResponse> create(CreateTokenRequest request);

	/**
	 * Creates a token with an optional comment and lifetime.
	 * @param comment free text that tags the token, or {@code null}
	 * @param lifetime how long the token is valid, or {@code null} for the workspace's maximum
	 * @return the token value (shown only once by Databricks) and its public information
	 */
	default Mono<CreateTokenResponse> create(@Nullable String comment, @Nullable Duration lifetime) {
		return create(new CreateTokenRequest(comment, lifetime, null));
	}

	/**
	 * Revokes a token.
	 * @param tokenId the id of the token, as given by {@link PublicTokenInfo#tokenId()}
	 * @return completes when the token is revoked; fails with
	 * {@link dev.dbtokens.client.error.ResourceDoesNotExistException} when there is no such token
	 */
	Mono<Void> delete(String tokenId);

	/**
	 * Lists the valid tokens of the calling user (the API is not paginated).
	 * @return every token, possibly none
	 */
	Flux<PublicTokenInfo> list();

	/**
	 * Changes the comment and/or the scopes of a token ({@code PATCH /api/2.0/token/{token_id}});
	 * only the fields given are named in the {@code update_mask}, the others stay as they are.
	 * <p>
	 * Returns the token as it is after the change. The service answers the PATCH with an empty
	 * object ({@code {}}, the SDKs' {@code UpdateTokenResponse} has no fields), so the client reads
	 * the token back with one {@code token/list} call (the Token API has no call that gets one
	 * token); an answer that does carry the token is used as it is, without the second call. This
	 * keeps what a caller most often wants (the token to show) in one call; the read-back is a read,
	 * retried like {@link #list()}. When it fails, the error says that the change was made.
	 * @param tokenId the id of the token, as given by {@link PublicTokenInfo#tokenId()}
	 * @param comment the new comment, or {@code null} to leave it unchanged
	 * @param scopes the new scopes (empty clears them), or {@code null} to leave them unchanged
	 * @return the token's public information after the change; fails with
	 * {@link dev.dbtokens.client.error.NotFoundException} ({@code NOT_FOUND}, or its subtype
	 * {@link dev.dbtokens.client.error.ResourceDoesNotExistException}) when there is no such token
	 * @throws IllegalArgumentException when the id is blank, a scope is blank, or both
	 * {@code comment} and {@code scopes} are {@code null}
	 */
	Mono<PublicTokenInfo> update(String tokenId, @Nullable String comment, @Nullable List<String> scopes);

	/**
	 * Returns a blocking view of this client, for code that is not reactive.
	 * @return a client whose methods wait for the answer and throw the same exceptions
	 */
	BlockingTokensClient blocking();

	/**
	 * Returns a client that works like this one but retries with other settings, e.g. no retries
	 * for one interactive call, or a shorter deadline. It shares this client's connections and rate
	 * limit; this client is unchanged.
	 * <pre>{@code
	 * tokens.withRetry(tokens.retrySettings().withMaxAttempts(1).withTimeout(Duration.ofSeconds(10))).list();
	 * }</pre>
	 * @param retry the retry settings of the new client
	 * @return a client with these retry settings
	 */
	TokensClient withRetry(RetrySettings retry);

	/**
	 * Returns the retry settings of this client.
	 * @return how this client retries and how long a call may take
	 */
	RetrySettings retrySettings();

	/**
	 * Starts building a client outside Spring Boot's auto-configuration.
	 * @return a new builder
	 */
	static Builder builder() {
		return new DefaultTokensClientBuilder();
	}

	/**
	 * Builds a {@link TokensClient}.
	 */
	interface Builder {

		/**
		 * Sets the workspace URL. {@code https://} is added when no scheme is given; any path is
		 * dropped. Plain {@code http://} is accepted only for loopback hosts unless
		 * {@link #allowInsecureHttp(boolean)} is set.
		 * @param host the workspace URL, e.g. {@code https://adb-123.azuredatabricks.net}
		 * @return this builder
		 */
		Builder host(String host);

		/**
		 * Sets the workspace URL from a host already checked with {@link DatabricksHost#of}: it is not
		 * parsed again, and {@link #allowInsecureHttp(boolean)} does not apply to it (it was decided
		 * when the host was checked). The auto-configuration uses this.
		 * @param host the checked workspace URL
		 * @return this builder
		 */
		Builder host(DatabricksHost host);

		/**
		 * Sets whether a plain {@code http://} host that is not on loopback is accepted.
		 * @param allowInsecureHttp whether to send credentials over unencrypted HTTP
		 * @return this builder
		 */
		Builder allowInsecureHttp(boolean allowInsecureHttp);

		/**
		 * Authenticates with a personal access token.
		 * @param token the token, e.g. {@code dapi…}
		 * @return this builder
		 */
		Builder token(String token);

		/**
		 * Authenticates with the given credentials.
		 * @param credentials supplies the {@code Authorization} header of each request
		 * @return this builder
		 */
		Builder credentials(DatabricksCredentialsProvider credentials);

		/**
		 * Sets the {@code WebClient.Builder} to start from; it is cloned, never changed. Defaults to
		 * {@code WebClient.builder()}.
		 * @param webClientBuilder a builder carrying codecs, connector and filters to use
		 * @return this builder
		 */
		Builder webClientBuilder(org.springframework.web.reactive.function.client.WebClient.Builder webClientBuilder);

		/**
		 * Sets where to get the {@code WebClient.Builder} to start from at the first request, rather
		 * than now: the {@code WebClient} (and whatever HTTP client the supplied builder makes) is
		 * then not built while the application starts. The supplied builder is cloned, never
		 * changed. A first request on a non-blocking thread makes it on {@code boundedElastic}; if the
		 * supplier throws, that request fails and the next one asks again. The auto-configuration
		 * uses this.
		 * @param webClientBuilder gives the builder at the first request that succeeds in making it
		 * @return this builder
		 */
		Builder webClientBuilder(Supplier<org.springframework.web.reactive.function.client.WebClient.Builder> webClientBuilder);

		/**
		 * Sets where each operation is observed (a timer and a span named {@code databricks.tokens});
		 * defaults to no observation.
		 * @param observationRegistry the application's registry
		 * @return this builder
		 */
		Builder observationRegistry(io.micrometer.observation.ObservationRegistry observationRegistry);

		/**
		 * Characters of a body the {@code dev.dbtokens.wire} DEBUG log shows unless
		 * {@link #maxLoggedBodyLength(int)} says otherwise.
		 */
		int DEFAULT_MAX_LOGGED_BODY_LENGTH = 1024;

		/**
		 * Sets how many characters of a body the {@code dev.dbtokens.wire} DEBUG log shows; default
		 * {@value #DEFAULT_MAX_LOGGED_BODY_LENGTH}.
		 * @param maxLoggedBodyLength the limit, at least 0
		 * @return this builder
		 */
		Builder maxLoggedBodyLength(int maxLoggedBodyLength);

		/**
		 * Puts the application's own product first in the {@code User-Agent}, as the Databricks SDKs
		 * allow.
		 * @param product {@code name/version}, e.g. {@code token-portal/1.2.0}, or {@code null}
		 * @return this builder
		 */
		Builder userAgentProduct(@Nullable String product);

		/**
		 * Sets how calls are retried and how long a call may take. Defaults to
		 * {@link RetrySettings#defaults()}.
		 * @param retry the retry settings
		 * @return this builder
		 */
		Builder retry(RetrySettings retry);

		/**
		 * Limits the requests this client sends (retries included) to a rate; calls wait for their turn
		 * without blocking a thread, and the wait counts toward the call's timeout. Off by default.
		 * @param requestsPerSecond the highest rate, e.g. {@code 15}; a positive number
		 * @return this builder
		 */
		Builder rateLimit(double requestsPerSecond);

		/**
		 * Adds a secret besides the credentials' own that must never be shown, e.g. the password of
		 * the proxy the requests go through: while the client lives, every log line and exception
		 * message the client writes masks it by value, as it masks the credentials' (values shorter
		 * than 4 characters excepted). The auto-configuration adds the proxy password.
		 * @param value the secret value
		 * @return this builder
		 */
		Builder secret(String value);

		/**
		 * Builds the client.
		 * @return a new client
		 * @throws IllegalStateException when the host or the credentials are missing
		 */
		TokensClient build();

	}

}
