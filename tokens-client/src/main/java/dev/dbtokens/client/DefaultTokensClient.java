package dev.dbtokens.client;

import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * {@link TokensClient} over a {@link WebClient} whose base URL is the workspace and which adds the
 * credentials, made at the first request. Each operation is observed as a whole, all attempts and
 * waits included.
 */
final class DefaultTokensClient implements TokensClient {

	private final LazyWebClient webClient;

	private final AnswerReader answers;

	private final ResilientCalls calls;

	private final TokensObservation observation;

	private final BlockingTokensClient blocking = new DefaultBlockingTokensClient(this);

	DefaultTokensClient(LazyWebClient webClient, String host, RetrySettings retry, RateLimiter rateLimiter,
			TokensObservation observation) {
		this.webClient = webClient;
		this.answers = new AnswerReader(host);
		this.calls = new ResilientCalls(this.answers, host, retry, rateLimiter, new Backoff());
		this.observation = observation;
	}

	private DefaultTokensClient(DefaultTokensClient client, RetrySettings retry) {
		this.webClient = client.webClient;
		this.answers = client.answers;
		this.calls = client.calls.withSettings(retry);
		this.observation = client.observation;
	}

	@Override
	public Mono<CreateTokenResponse> create(CreateTokenRequest request) {
		if (request == null) {
			throw new IllegalArgumentException("request must not be null: use CreateTokenRequest.of(comment, lifetime)");
		}
		CreateTokenBody body = CreateTokenBody.of(request);
		return send(Operation.CREATE, request.comment(), (webClient) -> withJson(webClient.post().uri(Operation.CREATE.path()), body)
			.exchangeToMono((response) -> this.answers.read(Operation.CREATE, response, CreateTokenResponse.class)));
	}

	@Override
	public Mono<Void> delete(String tokenId) {
		if (tokenId == null || tokenId.isBlank()) {
			throw new IllegalArgumentException("tokenId must not be null or blank: give the id from PublicTokenInfo.tokenId()");
		}
		DeleteTokenBody body = new DeleteTokenBody(tokenId);
		return send(Operation.DELETE, null, (webClient) -> withJson(webClient.post().uri(Operation.DELETE.path()), body)
			.exchangeToMono((response) -> this.answers.discard(Operation.DELETE, response)));
	}

	@Override
	public Flux<PublicTokenInfo> list() {
		return listAll().flatMapIterable(Function.identity());
	}

	/**
	 * The whole list as one signal, unmodifiable: what the blocking view returns, without
	 * re-emitting every token and collecting them again.
	 */
	Mono<List<PublicTokenInfo>> listAll() {
		return send(Operation.LIST, null, (webClient) -> webClient.get()
			.uri(Operation.LIST.path())
			.exchangeToMono((response) -> this.answers.read(Operation.LIST, response, ListTokensBody.class)))
			.map(ListTokensBody::tokens);
	}

	@Override
	public Mono<PublicTokenInfo> update(String tokenId, @Nullable String comment, @Nullable List<String> scopes) {
		if (tokenId == null || tokenId.isBlank()) {
			throw new IllegalArgumentException("tokenId must not be null or blank: give the id from PublicTokenInfo.tokenId()");
		}
		UpdateTokenBody body = UpdateTokenBody.of(comment, scopes);
		// A PATCH sets fields to given values: sending it twice does no harm, so it retries like delete.
		return send(Operation.UPDATE, null, (webClient) -> withJson(webClient.patch().uri(Operation.UPDATE.path(), tokenId), body)
			.exchangeToMono((response) -> this.answers.read(Operation.UPDATE, response, PublicTokenInfo.class)));
	}

	/**
	 * Runs an operation: observed as a whole, sent as attempts by {@link ResilientCalls}, each on
	 * the client's {@code WebClient}.
	 */
	private <T> Mono<T> send(Operation operation, @Nullable String comment, Function<WebClient, Mono<T>> exchange) {
		return this.observation.observe(operation, this.calls.run(operation, comment, () -> this.webClient.call(exchange)));
	}

	/** The request with a JSON body, the body also kept for the wire log. */
	private static WebClient.RequestHeadersSpec<?> withJson(WebClient.RequestBodySpec request, Object body) {
		return request.attribute(WireLogger.BODY, body).contentType(MediaType.APPLICATION_JSON).bodyValue(body);
	}

	@Override
	public BlockingTokensClient blocking() {
		return this.blocking;
	}

	@Override
	public TokensClient withRetry(RetrySettings retry) {
		if (retry == null) {
			throw new IllegalArgumentException("retry must not be null: use RetrySettings.defaults() or RetrySettings.noRetries()");
		}
		return new DefaultTokensClient(this, retry);
	}

	@Override
	public RetrySettings retrySettings() {
		return this.calls.settings();
	}

	@Override
	public String toString() {
		return "DefaultTokensClient[" + this.calls + "]";
	}

}
