package dev.dbtokens.client;

import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Waits on the reactive client. {@code block()} rethrows unchecked exceptions as they are, so the
 * typed exceptions reach the caller unwrapped.
 */
final class DefaultBlockingTokensClient implements BlockingTokensClient {

	private final TokensClient client;

	DefaultBlockingTokensClient(TokensClient client) {
		this.client = client;
	}

	@Override
	public CreateTokenResponse create(CreateTokenRequest request) {
		return client.create(request).block();
	}

	@Override
	public CreateTokenResponse create(@Nullable String comment, @Nullable Duration lifetime) {
		return client.create(comment, lifetime).block();
	}

	@Override
	public void delete(String tokenId) {
		client.delete(tokenId).block();
	}

	@Override
	public List<PublicTokenInfo> list() {
		return client.list().collectList().block();
	}

	@Override
	public PublicTokenInfo update(String tokenId, @Nullable String comment, @Nullable List<String> scopes) {
		return client.update(tokenId, comment, scopes).block();
	}

}
