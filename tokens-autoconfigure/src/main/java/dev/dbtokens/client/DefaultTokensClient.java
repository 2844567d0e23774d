package dev.dbtokens.client;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientRequestException;

/**
 * {@link TokensClient} over a {@link WebClient} whose base URL is the workspace and which adds the
 * credentials.
 */
final class DefaultTokensClient implements TokensClient {

	private final WebClient webClient;

	private final AnswerReader answers;

	private final TokensObservation observation;

	private final BlockingTokensClient blocking = new DefaultBlockingTokensClient(this);

	DefaultTokensClient(WebClient webClient, String host, TokensObservation observation) {
		this.webClient = webClient;
		this.answers = new AnswerReader(host);
		this.observation = observation;
	}

	@Override
	public Mono<CreateTokenResponse> create(CreateTokenRequest request) {
		if (request == null) {
			throw new IllegalArgumentException("request must not be null: use CreateTokenRequest.of(comment, lifetime)");
		}
		CreateTokenBody body = CreateTokenBody.of(request);
		return this.observation.observe(Operation.CREATE, this.webClient.post()
			.uri(Operation.CREATE.path())
			.attribute(WireLogger.BODY, body)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchangeToMono((response) -> this.answers.read(Operation.CREATE, response, CreateTokenResponse.class))
			.onErrorMap(WebClientRequestException.class, (ex) -> this.answers.noAnswer(Operation.CREATE, ex)));
	}

	@Override
	public Mono<Void> delete(String tokenId) {
		if (tokenId == null || tokenId.isBlank()) {
			throw new IllegalArgumentException("tokenId must not be null or blank: give the id from PublicTokenInfo.tokenId()");
		}
		DeleteTokenBody body = new DeleteTokenBody(tokenId);
		return this.observation.observe(Operation.DELETE, this.webClient.post()
			.uri(Operation.DELETE.path())
			.attribute(WireLogger.BODY, body)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchangeToMono((response) -> this.answers.discard(Operation.DELETE, response))
			.onErrorMap(WebClientRequestException.class, (ex) -> this.answers.noAnswer(Operation.DELETE, ex)));
	}

	@Override
	public Flux<PublicTokenInfo> list() {
		return this.observation.observe(Operation.LIST, this.webClient.get()
			.uri(Operation.LIST.path())
			.exchangeToMono((response) -> this.answers.read(Operation.LIST, response, ListTokensBody.class))
			.onErrorMap(WebClientRequestException.class, (ex) -> this.answers.noAnswer(Operation.LIST, ex)))
			.flatMapIterable(ListTokensBody::tokens);
	}

	@Override
	public BlockingTokensClient blocking() {
		return this.blocking;
	}

}
