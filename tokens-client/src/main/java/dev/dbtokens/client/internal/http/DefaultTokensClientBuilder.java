package dev.dbtokens.client.internal.http;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import dev.dbtokens.client.DatabricksCredentialsProvider;
import dev.dbtokens.client.DatabricksHost;
import dev.dbtokens.client.InvalidSettingException;
import dev.dbtokens.client.RetrySettings;
import dev.dbtokens.client.TokensClient;
import dev.dbtokens.client.internal.call.AnswerReader;
import dev.dbtokens.client.internal.call.CallState;
import dev.dbtokens.client.internal.call.RateLimiter;
import dev.dbtokens.client.internal.call.TokensObservation;
import dev.dbtokens.client.internal.wire.KnownSecrets;
import dev.dbtokens.client.internal.wire.WireLogger;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Builds a {@link DefaultTokensClient}: {@code Accept}, {@code User-Agent} and credentials on a
 * clone of the given {@link WebClient.Builder}, its requests kept on the workspace by
 * {@link RequestIsolation}. The {@code Authorization} header is set by a filter after every filter
 * the given builder carries, so that no filter of the application replaces or reads it.
 */
public final class DefaultTokensClientBuilder implements TokensClient.Builder {

	private @Nullable String host;

	private @Nullable DatabricksHost checkedHost;

	private boolean allowInsecureHttp;

	private @Nullable DatabricksCredentialsProvider credentials;

	/** Gives the builder to start from at the first request; the client clones what it gives. */
	private Supplier<WebClient.Builder> webClientBuilder = WebClient::builder;

	private ObservationRegistry observationRegistry = ObservationRegistry.NOOP;

	private int maxLoggedBodyLength = DEFAULT_MAX_LOGGED_BODY_LENGTH;

	private @Nullable String userAgentProduct;

	private RetrySettings retry = RetrySettings.defaults();

	private RateLimiter rateLimiter = RateLimiter.UNLIMITED;

	private final List<String> secrets = new ArrayList<>();

	@Override
	public TokensClient.Builder host(String host) {
		this.host = host;
		this.checkedHost = null;
		return this;
	}

	@Override
	public TokensClient.Builder host(DatabricksHost host) {
		if (host == null) {
			throw new IllegalArgumentException("host must not be null: give DatabricksHost.of(\"https://<workspace>\", false)");
		}
		this.checkedHost = host;
		this.host = null;
		return this;
	}

	@Override
	public TokensClient.Builder allowInsecureHttp(boolean allowInsecureHttp) {
		this.allowInsecureHttp = allowInsecureHttp;
		return this;
	}

	@Override
	public TokensClient.Builder token(String token) {
		return credentials(DatabricksCredentialsProvider.personalAccessToken(token));
	}

	@Override
	public TokensClient.Builder credentials(DatabricksCredentialsProvider credentials) {
		if (credentials == null) {
			throw new IllegalArgumentException("credentials must not be null");
		}
		this.credentials = credentials;
		return this;
	}

	@Override
	public TokensClient.Builder webClientBuilder(WebClient.Builder webClientBuilder) {
		if (webClientBuilder == null) {
			throw new IllegalArgumentException("webClientBuilder must not be null");
		}
		WebClient.Builder copy = webClientBuilder.clone(); // later changes to the given builder do not reach the client
		this.webClientBuilder = () -> copy;
		return this;
	}

	@Override
	public TokensClient.Builder webClientBuilder(Supplier<WebClient.Builder> webClientBuilder) {
		if (webClientBuilder == null) {
			throw new IllegalArgumentException("webClientBuilder must not be null");
		}
		this.webClientBuilder = webClientBuilder;
		return this;
	}

	@Override
	public TokensClient.Builder observationRegistry(ObservationRegistry observationRegistry) {
		if (observationRegistry == null) {
			throw new IllegalArgumentException("observationRegistry must not be null: use ObservationRegistry.NOOP");
		}
		this.observationRegistry = observationRegistry;
		return this;
	}

	@Override
	public TokensClient.Builder retry(RetrySettings retry) {
		if (retry == null) {
			throw new IllegalArgumentException("retry must not be null: use RetrySettings.defaults() or RetrySettings.noRetries()");
		}
		this.retry = retry;
		return this;
	}

	@Override
	public TokensClient.Builder maxLoggedBodyLength(int maxLoggedBodyLength) {
		if (maxLoggedBodyLength < 0) {
			throw new InvalidSettingException("maxLoggedBodyLength", "must not be negative, was " + maxLoggedBodyLength);
		}
		this.maxLoggedBodyLength = maxLoggedBodyLength;
		return this;
	}

	@Override
	public TokensClient.Builder userAgentProduct(@Nullable String product) {
		if (product != null && !UserAgent.isProduct(product)) {
			throw new InvalidSettingException("userAgentProduct",
					"must look like name/version (letters, digits, . _ + -), was \"" + product + "\"");
		}
		this.userAgentProduct = product;
		return this;
	}

	@Override
	public TokensClient.Builder rateLimit(double requestsPerSecond) {
		this.rateLimiter = RateLimiter.of(requestsPerSecond);
		return this;
	}

	@Override
	public TokensClient.Builder secret(String value) {
		if (value == null) {
			throw new IllegalArgumentException("secret must not be null");
		}
		this.secrets.add(value);
		return this;
	}

	@Override
	public TokensClient build() {
		if (this.host == null && this.checkedHost == null) {
			throw new IllegalStateException("host is not set: call host(\"https://<workspace>\")");
		}
		DatabricksCredentialsProvider credentials = this.credentials;
		if (credentials == null) {
			throw new IllegalStateException("credentials are not set: call token(…) or credentials(…)");
		}
		DatabricksHost host = (this.checkedHost != null) ? this.checkedHost : DatabricksHost.of(this.host, this.allowInsecureHttp);
		String baseUrl = host.toString();
		String product = this.userAgentProduct;
		WireLogger wireLogger = new WireLogger(this.maxLoggedBodyLength);
		Supplier<WebClient.Builder> source = this.webClientBuilder;
		LazyWebClient webClient = new LazyWebClient(() -> {
			String userAgent = UserAgent.of(product, credentials.authType()); // reads a resource and a jar manifest: not at start-up
			WebClient.Builder supplied = source.get();
			if (supplied == null) {
				throw new IllegalStateException("the webClientBuilder supplier gave null");
			}
			WebClient.Builder builder = supplied.clone()
				.codecs((codecs) -> codecs.defaultCodecs().maxInMemorySize(AnswerReader.MAX_BODY_BYTES))
				.defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
				.defaultHeader(HttpHeaders.USER_AGENT, userAgent);
			// After every filter of the application's builder: none of them can replace the credentials.
			builder.filter((credentials instanceof FixedAuthorization fixed)
					? (request, next) -> next.exchange(withHeader(request, fixed.header())) : authorization(credentials));
			return RequestIsolation.apply(builder.filter(wireLogger), baseUrl, RequestIsolation.sameOrigin(baseUrl)).build();
		});
		DefaultTokensClient client = new DefaultTokensClient(webClient, baseUrl, this.retry, this.rateLimiter,
				new TokensObservation(this.observationRegistry));
		KnownSecrets.register(client, this.secrets);
		return client;
	}

	/**
	 * Adds the provider's header to each request. A 401 answer to a header the provider agrees to
	 * drop is retried once with a fresh header (the server did not act on a rejected request).
	 */
	private static ExchangeFilterFunction authorization(DatabricksCredentialsProvider credentials) {
		return (request, next) -> header(credentials).flatMap((header) -> next.exchange(withHeader(request, header))
			.flatMap((response) -> {
				if (response.statusCode().value() != 401 || !credentials.invalidate(header)) {
					return Mono.just(response);
				}
				return response.releaseBody()
					.then(header(credentials))
					.flatMap((fresh) -> next.exchange(withHeader(request, fresh)));
			}));
	}

	private static Mono<String> header(DatabricksCredentialsProvider credentials) {
		return CallState.obtainingCredentials(credentials.authorizationHeader()
			.switchIfEmpty(Mono.error(() -> new IllegalStateException("credentials provider gave no Authorization header"))));
	}

	private static ClientRequest withHeader(ClientRequest request, String header) {
		return ClientRequest.from(request).headers((headers) -> headers.set(HttpHeaders.AUTHORIZATION, header)).build();
	}

}
