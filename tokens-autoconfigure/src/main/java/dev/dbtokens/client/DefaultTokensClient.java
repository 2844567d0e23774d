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
 * credentials, made at the first request. Each operation is observed as a whole, all attempts and waits included.
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
		return this.observation.observe(Operation.CREATE, this.calls.run(Operation.CREATE, request.comment(),
				() -> this.webClient.call((webClient) -> webClient.post()
					.uri(Operation.CREATE.path())
					.attribute(WireLogger.BODY, body)
					.contentType(MediaType.APPLICATION_JSON)
					.bodyValue(body)
					.exchangeToMono((response) -> this.answers.read(Operation.CREATE, response, CreateTokenResponse.class)))));
	}

	@Override
	public Mono<Void> delete(String tokenId) {
		if (tokenId == null || tokenId.isBlank()) {
			throw new IllegalArgumentException("tokenId must not be null or blank: give the id from PublicTokenInfo.tokenId()");
		}
		DeleteTokenBody body = new DeleteTokenBody(tokenId);
		return this.observation.observe(Operation.DELETE, this.calls.run(Operation.DELETE, null, () -> this.webClient.call((webClient) -> webClient.post()
			.uri(Operation.DELETE.path())
			.attribute(WireLogger.BODY, body)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchangeToMono((response) -> this.answers.discard(Operation.DELETE, response)))));
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
		return this.observation.observe(Operation.LIST, this.calls.run(Operation.LIST, null, () -> this.webClient.call((webClient) -> webClient.get()
			.uri(Operation.LIST.path())
			.exchangeToMono((response) -> this.answers.read(Operation.LIST, response, ListTokensBody.class)))))
			.map(ListTokensBody::tokens);
	}

	@Override
	public Mono<PublicTokenInfo> update(String tokenId, @Nullable String comment, @Nullable List<String> scopes) {
		if (tokenId == null || tokenId.isBlank()) {
			throw new IllegalArgumentException("tokenId must not be null or blank: give the id from PublicTokenInfo.tokenId()");
		}
		UpdateTokenBody body = UpdateTokenBody.of(comment, scopes);
		// A PATCH sets fields to given values: sending it twice does no harm, so it retries like delete.
		return this.observation.observe(Operation.UPDATE, this.calls.run(Operation.UPDATE, null, () -> this.webClient.call((webClient) -> webClient.patch()
			.uri(Operation.UPDATE.path(), tokenId)
			.attribute(WireLogger.BODY, body)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchangeToMono((response) -> this.answers.read(Operation.UPDATE, response, PublicTokenInfo.class)))));
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
