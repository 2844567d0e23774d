package dev.dbtokens.test.conformance;

import dev.dbtokens.client.BlockingTokensClient;
import dev.dbtokens.test.DatabricksEmulator;
import dev.dbtokens.test.DatabricksEmulatorExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The conformance scenarios against the emulator, with a quota of five tokens.
 */
class EmulatorConformanceTests extends TokenApiConformance {

	private static final int QUOTA = 5;

	@RegisterExtension
	static DatabricksEmulatorExtension databricks = new DatabricksEmulatorExtension(
			DatabricksEmulator.builder().withDefaultPrincipal().tokenQuota(QUOTA));

	@Override
	String baseUrl() {
		return databricks.baseUrl();
	}

	@Override
	String validToken() {
		return databricks.defaultToken();
	}

	@Override
	void fillQuota(BlockingTokensClient client) {
		while (databricks.emulator().tokens(DatabricksEmulator.DEFAULT_PRINCIPAL).size() < QUOTA) {
			client.create("conformance-filler", null);
		}
	}

}
