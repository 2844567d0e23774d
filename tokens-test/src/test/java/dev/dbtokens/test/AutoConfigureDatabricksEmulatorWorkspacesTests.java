package dev.dbtokens.test;

import dev.dbtokens.client.TokensClient;
import dev.dbtokens.client.TokensClientRegistry;
import dev.dbtokens.client.autoconfigure.DatabricksConnectionDetails;
import dev.dbtokens.client.autoconfigure.TokensClientAutoConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link AutoConfigureDatabricksEmulator} covers the named workspaces too: their configured hosts
 * (which would be real workspaces) are never called, and the application's proxy (here one that
 * nothing answers on) is not asked for the emulator.
 */
@SpringBootTest(properties = { "databricks.host=https://default.invalid", "databricks.token=dapiOVERRIDDEN",
		"databricks.workspaces.eu.host=https://eu.invalid", "databricks.workspaces.eu.token=dapiEU",
		"databricks.workspaces.us.host=https://us.invalid", "databricks.workspaces.us.client-id=sp",
		"databricks.workspaces.us.client-secret=notused", "databricks.http.proxy.host=127.0.0.1",
		"databricks.http.proxy.port=1", "databricks.http.proxy.non-proxy-hosts=*.corp" })
@AutoConfigureDatabricksEmulator
class AutoConfigureDatabricksEmulatorWorkspacesTests {

	@Autowired
	private DatabricksEmulator databricksEmulator;

	@Autowired
	private TokensClient tokensClient;

	@Autowired
	private TokensClientRegistry tokensClients;

	@Autowired
	private DatabricksConnectionDetails connectionDetails;

	@Test
	void sendsTheRequestsOfEveryWorkspaceToTheEmulator() {
		this.databricksEmulator.clearJournal();
		assertThat(this.connectionDetails.workspaceUri()).hasToString(this.databricksEmulator.baseUrl());
		assertThat(this.tokensClients.names()).containsExactly("eu", "us");
		this.tokensClient.blocking().list();
		this.tokensClients.get("eu").blocking().list();
		this.tokensClients.get("us").blocking().list();
		assertThat(this.databricksEmulator.journal()).hasSize(3);
	}

	@SpringBootConfiguration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ WebClientAutoConfiguration.class, TokensClientAutoConfiguration.class })
	static class Config {

	}

}
