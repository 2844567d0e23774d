package dev.dbtokens.client.internal.http;

import java.util.List;
import java.util.function.Function;

import dev.dbtokens.client.BlockingTokensClient;
import dev.dbtokens.client.CreateTokenRequest;
import dev.dbtokens.client.CreateTokenResponse;
import dev.dbtokens.client.PublicTokenInfo;
import dev.dbtokens.client.RetrySettings;
import dev.dbtokens.client.TokenManagementClient;
import dev.dbtokens.client.TokensClient;
import dev.dbtokens.client.error.DatabricksApiException;
import dev.dbtokens.client.error.ResourceDoesNotExistException;
import dev.dbtokens.client.internal.call.AnswerReader;
import dev.dbtokens.client.internal.call.ErrorMapper;
import dev.dbtokens.client.internal.call.Operation;
import dev.dbtokens.client.internal.call.RateLimiter;
import dev.dbtokens.client.internal.call.TokensObservation;
import dev.dbtokens.client.internal.wire.Arguments;
import dev.dbtokens.client.internal.wire.CreateTokenRequestBody;
import dev.dbtokens.client.internal.wire.DeleteTokenRequestBody;
import dev.dbtokens.client.internal.wire.ListTokensAnswer;
import dev.dbtokens.client.internal.wire.UpdateTokenRequestBody;
import dev.dbtokens.client.internal.wire.UpdatedTokenAnswer;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.web.reactive.function.client.WebClient;

import static dev.dbtokens.client.internal.http.WorkspaceCalls.withJson;

/**
 * {@link TokensClient} over the {@link WorkspaceCalls} of a workspace.
 */
public final class DefaultTokensClient implements TokensClient {

	private final WorkspaceCalls calls;

	private final AnswerReader answers;

	private final BlockingTokensClient blocking = new DefaultBlockingTokensClient(this);

	public DefaultTokensClient(LazyWebClient webClient, String host, RetrySettings retry, RateLimiter rateLimiter,
			TokensObservation observation) {
		this(new WorkspaceCalls(webClient, host, retry, rateLimiter, observation));
	}

	private DefaultTokensClient(WorkspaceCalls calls) {
		this.calls = calls;
		this.answers = calls.answers();
	}

	/** The call path of this client, for a {@link TokenManagementClient} of the same workspace. */
	public WorkspaceCalls calls() {
		return this.calls;
	}

	@Override
	public Mono<CreateTokenResponse> create(CreateTokenRequest request) {
		if (request == null) {
			throw new IllegalArgumentException("request must not be null: use CreateTokenRequest.of(comment, lifetime)");
		}
		CreateTokenRequestBody body = CreateTokenRequestBody.of(request);
		return send(Operation.CREATE, request.comment(), (webClient) -> withJson(webClient.post().uri(Operation.CREATE.path()), body)
			.exchangeToMono((response) -> this.answers.read(Operation.CREATE, response, CreateTokenResponse.class)));
	}

	@Override
	public Mono<Void> delete(String tokenId) {
		Arguments.tokenId(tokenId, "PublicTokenInfo.tokenId()");
		DeleteTokenRequestBody body = new DeleteTokenRequestBody(tokenId);
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
	public Mono<List<PublicTokenInfo>> listAll() {
		return send(Operation.LIST, null, (webClient) -> webClient.get()
			.uri(Operation.LIST.path())
			.exchangeToMono((response) -> this.answers.read(Operation.LIST, response, ListTokensAnswer.class)))
			.map(ListTokensAnswer::tokens);
	}

	@Override
	public Mono<PublicTokenInfo> update(String tokenId, @Nullable String comment, @Nullable List<String> scopes) {
		Arguments.tokenId(tokenId, "PublicTokenInfo.tokenId()");
		UpdateTokenRequestBody body = UpdateTokenRequestBody.of(comment, scopes);
		// A PATCH sets fields to given values: sending it twice does no harm, so it retries like delete.
		return send(Operation.UPDATE, null, (webClient) -> withJson(webClient.patch().uri(Operation.UPDATE.path(), tokenId), body)
			.exchangeToMono((response) -> this.answers.read(Operation.UPDATE, response, UpdatedTokenAnswer.class)))
			.flatMap((answer) -> (answer.token() != null)
					? this.answers.updated(Operation.UPDATE, tokenId, answer.token(), answer.token().tokenId()) : readBack(tokenId));
	}

	/** The token after an update whose answer did not carry it: the one {@code token/list} call the Token API allows. */
	private Mono<PublicTokenInfo> readBack(String tokenId) {
		return listAll().onErrorMap(DatabricksApiException.class, (ex) -> ErrorMapper.withMessage(ex,
				Operation.UPDATE + " changed the token, but reading it back failed: " + ex.getMessage()))
			.flatMap((tokens) -> Mono.justOrEmpty(tokens.stream().filter((token) -> token.tokenId().equals(tokenId)).findFirst()))
			.switchIfEmpty(Mono.error(() -> new ResourceDoesNotExistException(Operation.UPDATE + " changed the token " + tokenId
					+ ", but it is no longer listed: it was revoked or expired meanwhile", "RESOURCE_DOES_NOT_EXIST", 0, null, null)));
	}

	private <T> Mono<T> send(Operation operation, @Nullable String comment, Function<WebClient, Mono<T>> exchange) {
		return this.calls.send(operation, comment, exchange);
	}

	@Override
	public BlockingTokensClient blocking() {
		return this.blocking;
	}

	@Override
	public TokensClient withRetry(RetrySettings retry) {
		return new DefaultTokensClient(this.calls.withRetry(Arguments.retry(retry)));
	}

	@Override
	public RetrySettings retrySettings() {
		return this.calls.retrySettings();
	}

	@Override
	public String toString() {
		return "DefaultTokensClient[" + this.calls + "]";
	}

}
