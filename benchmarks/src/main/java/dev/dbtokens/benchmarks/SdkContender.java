package dev.dbtokens.benchmarks;

import com.databricks.sdk.WorkspaceClient;
import com.databricks.sdk.core.DatabricksConfig;
import com.databricks.sdk.service.settings.CreateTokenRequest;
import com.databricks.sdk.service.settings.PublicTokenInfo;
import com.databricks.sdk.service.settings.TokensAPI;

/**
 * The Databricks Java SDK as a user sets it up for a personal access token: its default Apache
 * HttpClient 4 pool (100 connections, 20 per route). Construction sends two discovery requests,
 * so it happens here, outside any timing.
 */
final class SdkContender implements Contender.Blocking {

	private final TokensAPI tokens;

	SdkContender(String baseUrl) {
		DatabricksConfig config = new DatabricksConfig().setHost(baseUrl).setToken(FixedAnswerServer.TOKEN_VALUE).setAuthType("pat");
		this.tokens = new WorkspaceClient(config).tokens();
	}

	@Override
	public String name() {
		return "sdk";
	}

	@Override
	public int call(Op op) {
		return switch (op) {
			case LIST_10, LIST_500 -> {
				int count = 0;
				for (PublicTokenInfo ignored : this.tokens.list()) {
					count++;
				}
				yield count;
			}
			case CREATE -> (this.tokens.create(new CreateTokenRequest().setComment("benchmark").setLifetimeSeconds(Op.LIFETIME_SECONDS))
				.getTokenValue() != null) ? 1 : 0;
			case DELETE -> {
				this.tokens.delete(Op.TOKEN_ID);
				yield 0;
			}
		};
	}

}
