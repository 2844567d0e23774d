package dev.dbtokens.client;

import java.util.List;

import org.jspecify.annotations.Nullable;
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

	private final BlockingTokensClient blocking = new DefaultBlockingTokensClient(this);

	DefaultTokensClient(WebClient webClient, String host) {
		this.webClient = webClient;
		this.answers = new AnswerReader(host);
	}

	@Override
	public Mono<CreateTokenResponse> create(CreateTokenRequest request) {
		if (request == null) {
			throw new IllegalArgumentException("request must not be null: use CreateTokenRequest.of(comment, lifetime)");
		}
		return this.webClient.post()
			.uri(Operation.CREATE.path())
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(CreateTokenBody.of(request))
			.exchangeToMono((response) -> this.answers.read(Operation.CREATE, response, CreateTokenResponse.class))
			.onErrorMap(WebClientRequestException.class, (ex) -> this.answers.noAnswer(Operation.CREATE, ex));
	}

	@Override
	public Mono<Void> delete(String tokenId) {
		if (tokenId == null || tokenId.isBlank()) {
			throw new IllegalArgumentException("tokenId must not be null or blank: give the id from PublicTokenInfo.tokenId()");
		}
		return this.webClient.post()
			.uri(Operation.DELETE.path())
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(new DeleteTokenBody(tokenId))
			.exchangeToMono((response) -> this.answers.discard(Operation.DELETE, response))
			.onErrorMap(WebClientRequestException.class, (ex) -> this.answers.noAnswer(Operation.DELETE, ex));
	}

	@Override
	public Flux<PublicTokenInfo> list() {
		return this.webClient.get()
			.uri(Operation.LIST.path())
			.exchangeToMono((response) -> this.answers.read(Operation.LIST, response, ListTokensBody.class))
			.onErrorMap(WebClientRequestException.class, (ex) -> this.answers.noAnswer(Operation.LIST, ex))
			.flatMapIterable(ListTokensBody::tokens);
	}

	@Override
	public Mono<PublicTokenInfo> update(String tokenId, @Nullable String comment, @Nullable List<String> scopes) {
		if (tokenId == null || tokenId.isBlank()) {
			throw new IllegalArgumentException("tokenId must not be null or blank: give the id from PublicTokenInfo.tokenId()");
		}
		UpdateTokenBody body = UpdateTokenBody.of(comment, scopes);
		return this.webClient.patch()
			.uri(Operation.UPDATE.path(), tokenId)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchangeToMono((response) -> this.answers.read(Operation.UPDATE, response, PublicTokenInfo.class))
			.onErrorMap(WebClientRequestException.class, (ex) -> this.answers.noAnswer(Operation.UPDATE, ex));
	}

	@Override
	public BlockingTokensClient blocking() {
		return this.blocking;
	}

}
