package dev.dbtokens.client.internal.auth;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import dev.dbtokens.client.DatabricksCredentialsProvider;
import dev.dbtokens.client.InvalidSettingException;
import dev.dbtokens.client.error.DatabricksApiException;
import dev.dbtokens.client.internal.call.CredentialsFailureException;
import dev.dbtokens.client.internal.call.RetryAfter;
import dev.dbtokens.client.internal.call.RetryRules;
import dev.dbtokens.client.internal.http.LazyWebClient;
import dev.dbtokens.client.internal.http.RequestIsolation;
import dev.dbtokens.client.internal.wire.KnownSecrets;
import dev.dbtokens.client.internal.wire.OAuthDiscoveryAnswer;
import dev.dbtokens.client.internal.wire.OAuthErrorAnswer;
import dev.dbtokens.client.internal.wire.OAuthTokenAnswer;
import dev.dbtokens.client.internal.wire.Redaction;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.core.NestedExceptionUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFunction;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * OAuth machine-to-machine credentials of a service principal. The access token is cached and
 * treated as expired {@link OAuthAccessToken#EARLY_EXPIRY} early (Azure rejects tokens within 30 seconds of
 * expiry); during the last {@link OAuthAccessToken#REFRESH_AHEAD} of its life a background refresh starts while
 * callers keep using it. Every refresh is single-flight: however many callers wait, one token
 * request is made.
 *
 * <p>The discovery and token requests go out like the Token API calls (same connector, settings
 * and customizations when built from the same {@code WebClient.Builder} source), isolated the same
 * way, and are bounded by a request timeout of their own ({@link #DEFAULT_OAUTH_REQUEST_TIMEOUT}
 * unless told otherwise); a call waiting for them is bounded by its own deadline as well. The discovered
 * {@code token_endpoint} is checked by {@link TokenEndpointCheck} before the secret is sent.
 */
public final class OAuthM2MCredentials implements DatabricksCredentialsProvider {

	/** Request attribute marking the token request, the one request that carries the client secret. */
	private static final String TOKEN_REQUEST = OAuthM2MCredentials.class.getName() + ".tokenRequest";

	private static final String DISCOVERY_PATH = "/oidc/.well-known/oauth-authorization-server";

	private final String host;

	private final String clientId;

	private final String basicAuthorization;

	private final LazyWebClient webClient;

	private final TokenEndpointCheck endpointCheck;

	private final Duration requestTimeout;

	private final Clock clock;

	private final AtomicReference<@Nullable OAuthAccessToken> current = new AtomicReference<>();

	private final AtomicReference<@Nullable Mono<OAuthAccessToken>> refreshing = new AtomicReference<>();

	private volatile @Nullable URI tokenEndpoint;

	public OAuthM2MCredentials(String host, String clientId, String clientSecret, WebClient.Builder webClientBuilder, Clock clock) {
		this(host, clientId, clientSecret, copyOf(webClientBuilder), new TokenEndpointCheck(host, Set.of()),
				DEFAULT_OAUTH_REQUEST_TIMEOUT,
				clock);
	}

	/**
	 * @param host the normalised workspace URL
	 * @param webClientBuilder gives the builder to start from at the first request; it is cloned
	 * @param requestTimeout how long discovery and one token request may take together
	 */
	public OAuthM2MCredentials(String host, String clientId, String clientSecret, Supplier<WebClient.Builder> webClientBuilder,
			TokenEndpointCheck endpointCheck, Duration requestTimeout, Clock clock) {
		if (clientId == null || clientId.isBlank()) {
			throw new IllegalArgumentException("clientId must not be blank: give the service principal's client id");
		}
		if (clientSecret == null || clientSecret.isBlank()) {
			throw new IllegalArgumentException("clientSecret must not be blank: give the service principal's OAuth secret");
		}
		if (requestTimeout == null || requestTimeout.isNegative() || requestTimeout.isZero()) {
			throw new InvalidSettingException("requestTimeout", "must be a positive duration, was " + requestTimeout);
		}
		this.host = host;
		this.clientId = clientId.strip();
		String encoded = Base64.getEncoder()
			.encodeToString((this.clientId + ":" + clientSecret.strip()).getBytes(StandardCharsets.UTF_8));
		this.basicAuthorization = "Basic " + encoded;
		KnownSecrets.register(this, List.of(clientSecret.strip(), encoded)); // a server may echo either
		this.endpointCheck = endpointCheck;
		this.requestTimeout = requestTimeout;
		this.webClient = new LazyWebClient(() -> RequestIsolation
			.apply(webClientBuilder.get()
				.clone()
				.defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
				.filter(this::ownAuthorization), host, (uri) -> isHostOrEndpoint(uri))
			.build());
		this.clock = clock;
	}

	private static Supplier<WebClient.Builder> copyOf(WebClient.Builder webClientBuilder) {
		WebClient.Builder copy = webClientBuilder.clone(); // later changes to the given builder do not reach the requests
		return () -> copy;
	}

	/**
	 * Runs after every filter of the application's builder: the token request carries the client
	 * secret, discovery no {@code Authorization} at all, whatever those filters set.
	 */
	private Mono<ClientResponse> ownAuthorization(ClientRequest request, ExchangeFunction next) {
		boolean tokenRequest = request.attribute(TOKEN_REQUEST).isPresent();
		return next.exchange(ClientRequest.from(request).headers((headers) -> {
			headers.remove(HttpHeaders.AUTHORIZATION);
			if (tokenRequest) {
				headers.set(HttpHeaders.AUTHORIZATION, this.basicAuthorization);
			}
		}).build());
	}

	/** Requests leave only for the workspace or the checked token endpoint. */
	private boolean isHostOrEndpoint(URI uri) {
		URI endpoint = this.tokenEndpoint;
		return RequestIsolation.sameOrigin(this.host).test(uri) || (endpoint != null && endpoint.getScheme().equals(uri.getScheme())
				&& endpoint.getHost().equalsIgnoreCase(uri.getHost()) && endpoint.getPort() == uri.getPort());
	}

	@Override
	public Mono<String> authorizationHeader() {
		return Mono.defer(() -> {
			Instant now = this.clock.instant();
			OAuthAccessToken token = this.current.get();
			if (token != null && token.usableAt(now)) {
				if (token.refreshDueAt(now)) {
					refresh().subscribe((fresh) -> { }, (ex) -> { }); // the current token stays usable; a failure shows on expiry
				}
				return Mono.just(token.header());
			}
			return refresh().map(OAuthAccessToken::header);
		});
	}

	@Override
	public String authType() {
		return "oauth-m2m";
	}

	@Override
	public boolean invalidate(String rejectedHeader) {
		OAuthAccessToken token = this.current.get();
		if (token != null && token.header().equals(rejectedHeader)) {
			this.current.compareAndSet(token, null);
		}
		return true;
	}

	/** One token request at a time: callers that arrive meanwhile share its answer. */
	private Mono<OAuthAccessToken> refresh() {
		while (true) {
			Mono<OAuthAccessToken> inFlight = this.refreshing.get();
			if (inFlight != null) {
				return inFlight;
			}
			Mono<OAuthAccessToken> request = fetch()
				.timeout(this.requestTimeout, Mono.error(() -> failure("no answer from " + where() + " within "
						+ this.requestTimeout.toMillis() + " ms; check the host, the network and the proxy settings", 0,
						new TimeoutException("no answer within " + this.requestTimeout.toMillis() + " ms"))))
				.doOnNext(this.current::set)
				.doOnTerminate(() -> this.refreshing.set(null)) // before callers see the answer, so none reuses a spent request
				.cache();
			if (this.refreshing.compareAndSet(null, request)) {
				return request;
			}
		}
	}

	private Mono<OAuthAccessToken> fetch() {
		URI known = this.tokenEndpoint;
		Mono<URI> endpoint = (known != null) ? Mono.just(known) : discover();
		return endpoint.flatMap((uri) -> {
			MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
			form.add("grant_type", "client_credentials");
			form.add("scope", "all-apis");
			return this.webClient.call((webClient) -> webClient.post()
				.uri(uri)
				.attribute(TOKEN_REQUEST, true)
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.body(BodyInserters.fromFormData(form))
				.exchangeToMono((response) -> read(response, "token request to " + uri, OAuthTokenAnswer.class)))
				.map((body) -> OAuthAccessToken.of(body, this.clock.instant(), "token request to " + uri));
		}).onErrorMap((ex) -> !(ex instanceof CredentialsFailureException), (ex) -> failure("could not get an answer from "
				+ where() + " (" + reason(NestedExceptionUtils.getMostSpecificCause(ex)) + ")", 0,
				NestedExceptionUtils.getMostSpecificCause(ex)));
	}

	/** What went wrong on the way, scrubbed: e.g. the proxy's refusal, or the exception's type. */
	private static String reason(Throwable cause) {
		return (cause.getMessage() != null) ? Redaction.scrub(cause.getMessage()) : cause.getClass().getSimpleName();
	}

	/** Where the next request goes: the token endpoint once known, else the workspace. */
	private String where() {
		URI endpoint = this.tokenEndpoint;
		return (endpoint != null) ? endpoint.toString() : this.host;
	}

	private Mono<URI> discover() {
		URI where = URI.create(this.host + DISCOVERY_PATH);
		return this.webClient.call((webClient) -> webClient.get()
			.uri(where)
			.exchangeToMono((response) -> read(response, "discovery at " + where, OAuthDiscoveryAnswer.class)))
			.flatMap((body) -> {
				if (body.tokenEndpoint() == null || body.tokenEndpoint().isBlank()) {
					return Mono.error(failure("discovery at " + where + " gave no token_endpoint", 200, null));
				}
				URI endpoint;
				try {
					endpoint = this.endpointCheck.check(body.tokenEndpoint());
				}
				catch (IllegalArgumentException ex) {
					return Mono.error(failure("refused the answer of discovery at " + where + ": " + ex.getMessage()
							+ "; the client secret was not sent. If your identity provider really sits elsewhere, add its host to "
							+ "databricks.oauth.allowed-token-endpoint-hosts", 200, null));
				}
				this.tokenEndpoint = endpoint;
				return Mono.just(endpoint);
			});
	}

	private <T> Mono<T> read(ClientResponse response, String what, Class<T> type) {
		int status = response.statusCode().value();
		Duration retryAfter = RetryAfter.parse(response.headers().asHttpHeaders().getFirst(HttpHeaders.RETRY_AFTER), this.clock.instant());
		if (response.statusCode().is2xxSuccessful()) {
			return response.bodyToMono(type)
				.onErrorMap((ex) -> !(ex instanceof DatabricksApiException),
						(ex) -> failure(what + " answered HTTP " + status + " with a body that is not the expected JSON", status, null))
				.switchIfEmpty(Mono.error(() -> failure(what + " answered HTTP " + status + " with an empty body", status, null)));
		}
		return response.bodyToMono(OAuthErrorAnswer.class)
			.onErrorResume((ex) -> Mono.empty())
			.map(OAuthErrorAnswer::describe)
			.defaultIfEmpty("no error details")
			.flatMap((details) -> Mono.error(failure(what + " failed: HTTP " + status + " " + details
					+ ((status == 401 || status == 400) ? "; check the client id and secret of the service principal" : "")
					+ ((status == 404) ? "; check that the host is a Databricks workspace with OAuth enabled" : ""), status, null,
					retryAfter)));
	}

	/**
	 * A failure to obtain a token: never an outcome of the workspace call that needed it. Whether
	 * the call tries again is for {@link RetryRules} to say, from the status and the cause.
	 */
	private CredentialsFailureException failure(String problem, int status, @Nullable Throwable cause) {
		return failure(problem, status, cause, null);
	}

	private CredentialsFailureException failure(String problem, int status, @Nullable Throwable cause,
			@Nullable Duration retryAfter) {
		return new CredentialsFailureException("OAuth M2M authentication of client " + this.clientId + " failed: " + problem,
				status, cause, retryAfter);
	}

	@Override
	public String toString() {
		return "OAuthM2MCredentials[host=" + this.host + ", clientId=" + this.clientId + ", clientSecret=<redacted>]";
	}

}
