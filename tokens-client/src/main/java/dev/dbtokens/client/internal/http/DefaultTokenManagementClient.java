package dev.dbtokens.client.internal.http;

import java.util.List;
import java.util.function.Function;

import dev.dbtokens.client.BlockingTokenManagementClient;
import dev.dbtokens.client.OnBehalfOfRequest;
import dev.dbtokens.client.OnBehalfOfToken;
import dev.dbtokens.client.PermissionLevel;
import dev.dbtokens.client.RetrySettings;
import dev.dbtokens.client.TokenAccessControl;
import dev.dbtokens.client.TokenFilter;
import dev.dbtokens.client.TokenInfo;
import dev.dbtokens.client.TokenManagementClient;
import dev.dbtokens.client.TokenPermissions;
import dev.dbtokens.client.TokenSettings;
import dev.dbtokens.client.TokensClient;
import dev.dbtokens.client.error.DatabricksApiException;
import dev.dbtokens.client.internal.call.AnswerReader;
import dev.dbtokens.client.internal.call.ErrorMapper;
import dev.dbtokens.client.internal.call.Operation;
import dev.dbtokens.client.internal.wire.AccessControlRequestBody;
import dev.dbtokens.client.internal.wire.Arguments;
import dev.dbtokens.client.internal.wire.ListTokenInfosAnswer;
import dev.dbtokens.client.internal.wire.OnBehalfOfRequestBody;
import dev.dbtokens.client.internal.wire.PermissionLevelsAnswer;
import dev.dbtokens.client.internal.wire.TokenInfoAnswer;
import dev.dbtokens.client.internal.wire.UpdateTokenRequestBody;
import dev.dbtokens.client.internal.wire.WorkspaceConfKeys;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpMethod;
import org.springframework.web.reactive.function.client.WebClient;

import static dev.dbtokens.client.internal.http.WorkspaceCalls.withJson;

/**
 * {@link TokenManagementClient} over the {@link WorkspaceCalls} of a {@link TokensClient}: the
 * same connection, credentials, retries, rate limit, observation and wire log.
 */
public final class DefaultTokenManagementClient implements TokenManagementClient {

	private static final String TOKEN_ID_SOURCE = "TokenInfo.tokenId()";

	private final WorkspaceCalls calls;

	private final AnswerReader answers;

	private final BlockingTokenManagementClient blocking = new DefaultBlockingTokenManagementClient(this);

	public DefaultTokenManagementClient(WorkspaceCalls calls) {
		this.calls = calls;
		this.answers = calls.answers();
	}

	@Override
	public Flux<TokenInfo> list(TokenFilter filter) {
		return listAll(filter).flatMapIterable(Function.identity());
	}

	/** The whole list as one signal, unmodifiable, for the blocking view. */
	public Mono<List<TokenInfo>> listAll(TokenFilter filter) {
		if (filter == null) {
			throw new IllegalArgumentException("filter must not be null: use TokenFilter.all() for every token");
		}
		Operation operation = Operation.MANAGEMENT_LIST;
		return send(operation, null, (webClient) -> uri(webClient.get(), filter)
			.exchangeToMono((response) -> this.answers.read(operation, response, ListTokenInfosAnswer.class)))
			.map(ListTokenInfosAnswer::tokens);
	}

	private static WebClient.RequestHeadersSpec<?> uri(WebClient.RequestHeadersUriSpec<?> request, TokenFilter filter) {
		String path = Operation.MANAGEMENT_LIST.path();
		if (filter.createdById() != null && filter.createdByUsername() != null) {
			return request.uri(path + "?created_by_id={id}&created_by_username={name}", filter.createdById(),
					filter.createdByUsername());
		}
		if (filter.createdById() != null) {
			return request.uri(path + "?created_by_id={id}", filter.createdById());
		}
		if (filter.createdByUsername() != null) {
			return request.uri(path + "?created_by_username={name}", filter.createdByUsername());
		}
		return request.uri(path);
	}

	@Override
	public Mono<TokenInfo> get(String tokenId) {
		Arguments.tokenId(tokenId, TOKEN_ID_SOURCE);
		Operation operation = Operation.MANAGEMENT_GET;
		return send(operation, null, (webClient) -> webClient.get()
			.uri(operation.path(), tokenId)
			.exchangeToMono((response) -> this.answers.read(operation, response, TokenInfoAnswer.class)))
			.flatMap((answer) -> (answer.token() != null) ? Mono.just(answer.token())
					: Mono.error(this.answers.malformed(operation, 200, null)));
	}

	@Override
	public Mono<TokenInfo> update(String tokenId, @Nullable String comment, @Nullable List<String> scopes) {
		Arguments.tokenId(tokenId, TOKEN_ID_SOURCE);
		UpdateTokenRequestBody body = UpdateTokenRequestBody.of(comment, scopes);
		Operation operation = Operation.MANAGEMENT_UPDATE;
		return send(operation, null, (webClient) -> withJson(webClient.patch().uri(operation.path(), tokenId), body)
			.exchangeToMono((response) -> this.answers.read(operation, response, TokenInfoAnswer.class)))
			.flatMap((answer) -> (answer.token() != null)
					? this.answers.updated(operation, tokenId, answer.token(), answer.token().tokenId()) : readBack(tokenId));
	}

	private Mono<TokenInfo> readBack(String tokenId) {
		return get(tokenId).onErrorMap(DatabricksApiException.class, (ex) -> ErrorMapper.withMessage(ex,
				Operation.MANAGEMENT_UPDATE + " changed the token, but reading it back failed: " + ex.getMessage()));
	}

	@Override
	public Mono<Void> delete(String tokenId) {
		Arguments.tokenId(tokenId, TOKEN_ID_SOURCE);
		Operation operation = Operation.MANAGEMENT_DELETE;
		return send(operation, null, (webClient) -> webClient.delete()
			.uri(operation.path(), tokenId)
			.exchangeToMono((response) -> this.answers.discard(operation, response)));
	}

	@Override
	public Mono<OnBehalfOfToken> createOnBehalfOf(OnBehalfOfRequest request) {
		if (request == null) {
			throw new IllegalArgumentException(
					"request must not be null: use OnBehalfOfRequest.of(applicationId, comment, lifetime)");
		}
		OnBehalfOfRequestBody body = OnBehalfOfRequestBody.of(request);
		Operation operation = Operation.CREATE_ON_BEHALF_OF;
		return send(operation, request.comment(), (webClient) -> withJson(webClient.post().uri(operation.path()), body)
			.exchangeToMono((response) -> this.answers.read(operation, response, OnBehalfOfToken.class)));
	}

	@Override
	public Mono<TokenPermissions> permissions() {
		Operation operation = Operation.GET_PERMISSIONS;
		return send(operation, null, (webClient) -> webClient.get()
			.uri(operation.path())
			.exchangeToMono((response) -> this.answers.read(operation, response, TokenPermissions.class)));
	}

	@Override
	public Mono<TokenPermissions> setPermissions(List<TokenAccessControl> acl) {
		return grant(Operation.SET_PERMISSIONS, HttpMethod.PUT, acl);
	}

	@Override
	public Mono<TokenPermissions> updatePermissions(List<TokenAccessControl> acl) {
		return grant(Operation.UPDATE_PERMISSIONS, HttpMethod.PATCH, acl);
	}

	/** Sends grants: {@code PUT} replaces the direct grants, {@code PATCH} adds to them. */
	private Mono<TokenPermissions> grant(Operation operation, HttpMethod method, List<TokenAccessControl> acl) {
		AccessControlRequestBody body = AccessControlRequestBody.of(acl);
		return send(operation, null, (webClient) -> withJson(webClient.method(method).uri(operation.path()), body)
			.exchangeToMono((response) -> this.answers.read(operation, response, TokenPermissions.class)));
	}

	@Override
	public Mono<List<PermissionLevel>> permissionLevels() {
		Operation operation = Operation.PERMISSION_LEVELS;
		return send(operation, null, (webClient) -> webClient.get()
			.uri(operation.path())
			.exchangeToMono((response) -> this.answers.read(operation, response, PermissionLevelsAnswer.class)))
			.map(PermissionLevelsAnswer::levels);
	}

	@Override
	public Mono<TokenSettings> settings() {
		Operation operation = Operation.GET_SETTINGS;
		return send(operation, null, (webClient) -> webClient.get()
			.uri(operation.path() + "?keys=" + WorkspaceConfKeys.KEYS)
			.exchangeToMono((response) -> this.answers.read(operation, response, WorkspaceConfKeys.class)))
			.flatMap((body) -> {
				try {
					return Mono.just(body.settings());
				}
				catch (IllegalArgumentException ex) {
					return Mono.error(this.answers.malformed(operation, 200, ex));
				}
			});
	}

	@Override
	public Mono<Void> updateSettings(TokenSettings settings) {
		WorkspaceConfKeys body = WorkspaceConfKeys.of(settings);
		Operation operation = Operation.UPDATE_SETTINGS;
		return send(operation, null, (webClient) -> withJson(webClient.patch().uri(operation.path()), body)
			.exchangeToMono((response) -> this.answers.discard(operation, response)));
	}

	private <T> Mono<T> send(Operation operation, @Nullable String comment, Function<WebClient, Mono<T>> exchange) {
		return this.calls.send(operation, comment, exchange);
	}

	@Override
	public BlockingTokenManagementClient blocking() {
		return this.blocking;
	}

	@Override
	public TokenManagementClient withRetry(RetrySettings retry) {
		return new DefaultTokenManagementClient(this.calls.withRetry(Arguments.retry(retry)));
	}

	@Override
	public RetrySettings retrySettings() {
		return this.calls.retrySettings();
	}

	@Override
	public String toString() {
		return "DefaultTokenManagementClient[" + this.calls + "]";
	}

}
