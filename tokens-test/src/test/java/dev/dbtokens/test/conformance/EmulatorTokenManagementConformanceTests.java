package dev.dbtokens.test.conformance;

import dev.dbtokens.test.DatabricksEmulator;
import dev.dbtokens.test.DatabricksEmulatorExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Token Management scenarios against the emulator: an admin, a user and a service principal.
 */
class EmulatorTokenManagementConformanceTests extends TokenManagementConformance {

	private static final String ADMIN = "admin@example.com";

	private static final String ROBOT = "ci-robot";

	@RegisterExtension
	static DatabricksEmulatorExtension databricks = new DatabricksEmulatorExtension(
			DatabricksEmulator.builder().withDefaultPrincipal().withAdmin(ADMIN).withServicePrincipal(ROBOT));

	@Override
	String baseUrl() {
		return databricks.baseUrl();
	}

	@Override
	String adminToken() {
		return databricks.emulator().principals().principal(ADMIN).token();
	}

	@Override
	String adminName() {
		return ADMIN;
	}

	@Override
	String userToken() {
		return databricks.defaultToken();
	}

	@Override
	String userName() {
		return DatabricksEmulator.DEFAULT_PRINCIPAL;
	}

	@Override
	String servicePrincipalApplicationId() {
		return databricks.emulator().principals().servicePrincipal(ROBOT).applicationId();
	}

}
