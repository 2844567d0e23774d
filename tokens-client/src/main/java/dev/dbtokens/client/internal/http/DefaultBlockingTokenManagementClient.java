package dev.dbtokens.client.internal.http;

import java.time.Duration;
import java.util.List;

import dev.dbtokens.client.BlockingTokenManagementClient;
import dev.dbtokens.client.OnBehalfOfRequest;
import dev.dbtokens.client.OnBehalfOfToken;
import dev.dbtokens.client.PermissionLevel;
import dev.dbtokens.client.TokenAccessControl;
import dev.dbtokens.client.TokenFilter;
import dev.dbtokens.client.TokenInfo;
import dev.dbtokens.client.TokenPermissions;
import dev.dbtokens.client.TokenSettings;
import org.jspecify.annotations.Nullable;

/**
 * Waits on the reactive client. {@code block()} rethrows unchecked exceptions as they are, so the
 * typed exceptions reach the caller unwrapped.
 */
public final class DefaultBlockingTokenManagementClient implements BlockingTokenManagementClient {

	private final DefaultTokenManagementClient client;

	public DefaultBlockingTokenManagementClient(DefaultTokenManagementClient client) {
		this.client = client;
	}

	@Override
	public List<TokenInfo> list() {
		return list(TokenFilter.all());
	}

	@Override
	public List<TokenInfo> list(TokenFilter filter) {
		return this.client.listAll(filter).block();
	}

	@Override
	public TokenInfo get(String tokenId) {
		return this.client.get(tokenId).block();
	}

	@Override
	public TokenInfo update(String tokenId, @Nullable String comment, @Nullable List<String> scopes) {
		return this.client.update(tokenId, comment, scopes).block();
	}

	@Override
	public void delete(String tokenId) {
		this.client.delete(tokenId).block();
	}

	@Override
	public OnBehalfOfToken createOnBehalfOf(OnBehalfOfRequest request) {
		return this.client.createOnBehalfOf(request).block();
	}

	@Override
	public OnBehalfOfToken createOnBehalfOf(String applicationId, @Nullable String comment, @Nullable Duration lifetime,
			@Nullable List<String> scopes) {
		return this.client.createOnBehalfOf(applicationId, comment, lifetime, scopes).block();
	}

	@Override
	public TokenPermissions permissions() {
		return this.client.permissions().block();
	}

	@Override
	public TokenPermissions setPermissions(List<TokenAccessControl> acl) {
		return this.client.setPermissions(acl).block();
	}

	@Override
	public TokenPermissions updatePermissions(List<TokenAccessControl> acl) {
		return this.client.updatePermissions(acl).block();
	}

	@Override
	public List<PermissionLevel> permissionLevels() {
		return this.client.permissionLevels().block();
	}

	@Override
	public TokenSettings settings() {
		return this.client.settings().block();
	}

	@Override
	public void updateSettings(TokenSettings settings) {
		this.client.updateSettings(settings).block();
	}

}
