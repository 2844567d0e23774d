package dev.dbtokens.client;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * {@link TokensClient} over a {@link WebClient} whose base URL is the workspace and which adds the
 * credentials.
 */
final class DefaultTokensClient implements TokensClient {

	private final WebClient webClient;

	private final AnswerReader answers;

	private final ResilientCalls calls;

	private final BlockingTokensClient blocking = new DefaultBlockingTokensClient(this);

	DefaultTokensClient(WebClient webClient, String host, RetrySettings retry, RateLimiter rateLimiter) {
		this.webClient = webClient;
		this.answers = new AnswerReader(host);
		this.calls = new ResilientCalls(this.answers, host, retry, rateLimiter, new Backoff());
	}

	private DefaultTokensClient(DefaultTokensClient client, RetrySettings retry) {
		this.webClient = client.webClient;
		this.answers = client.answers;
		this.calls = client.calls.withSettings(retry);
	}

	@Override
	public Mono<CreateTokenResponse> create(CreateTokenRequest request) {
		if (request == null) {
			throw new IllegalArgumentException("request must not be null: use CreateTokenRequest.of(comment, lifetime)");
		}
		CreateTokenBody body = CreateTokenBody.of(request);
		return this.calls.run(Operation.CREATE, request.comment(), () -> this.webClient.post()
			.uri(Operation.CREATE.path())
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchangeToMono((response) -> this.answers.read(Operation.CREATE, response, CreateTokenResponse.class)));
	}

	@Override
	public Mono<Void> delete(String tokenId) {
		if (tokenId == null || tokenId.isBlank()) {
			throw new IllegalArgumentException("tokenId must not be null or blank: give the id from PublicTokenInfo.tokenId()");
		}
		DeleteTokenBody body = new DeleteTokenBody(tokenId);
		return this.calls.run(Operation.DELETE, null, () -> this.webClient.post()
			.uri(Operation.DELETE.path())
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchangeToMono((response) -> this.answers.discard(Operation.DELETE, response)));
	}

	@Override
	public Flux<PublicTokenInfo> list() {
		return this.calls.run(Operation.LIST, null, () -> this.webClient.get()
			.uri(Operation.LIST.path())
			.exchangeToMono((response) -> this.answers.read(Operation.LIST, response, ListTokensBody.class)))
			.flatMapIterable(ListTokensBody::tokens);
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
