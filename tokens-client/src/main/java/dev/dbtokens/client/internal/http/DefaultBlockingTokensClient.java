package dev.dbtokens.client.internal.http;

import java.time.Duration;
import java.util.List;

import dev.dbtokens.client.BlockingTokensClient;
import dev.dbtokens.client.CreateTokenRequest;
import dev.dbtokens.client.CreateTokenResponse;
import dev.dbtokens.client.PublicTokenInfo;
import org.jspecify.annotations.Nullable;

/**
 * Waits on the reactive client. {@code block()} rethrows unchecked exceptions as they are, so the
 * typed exceptions reach the caller unwrapped.
 */
public final class DefaultBlockingTokensClient implements BlockingTokensClient {

	private final DefaultTokensClient client;

	public DefaultBlockingTokensClient(DefaultTokensClient client) {
		this.client = client;
	}

	@Override
	public CreateTokenResponse create(CreateTokenRequest request) {
		return this.client.create(request).block();
	}

	@Override
	public CreateTokenResponse create(@Nullable String comment, @Nullable Duration lifetime) {
		return this.client.create(comment, lifetime).block();
	}

	@Override
	public void delete(String tokenId) {
		this.client.delete(tokenId).block();
	}

	@Override
	public List<PublicTokenInfo> list() {
		return this.client.listAll().block();
	}

	@Override
	public PublicTokenInfo update(String tokenId, @Nullable String comment, @Nullable List<String> scopes) {
		return this.client.update(tokenId, comment, scopes).block();
	}

}
