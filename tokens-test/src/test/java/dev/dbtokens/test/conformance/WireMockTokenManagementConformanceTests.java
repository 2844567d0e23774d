package dev.dbtokens.test.conformance;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * The Token Management scenarios against WireMock stubs of the API page ({@link TokenManagementStubs}).
 */
class WireMockTokenManagementConformanceTests extends TokenManagementConformance {

	@RegisterExtension
	static WireMockExtension wireMock = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	@BeforeEach
	void stubTheApi() {
		TokenManagementStubs.register(wireMock);
	}

	@Override
	String baseUrl() {
		return wireMock.baseUrl();
	}

	@Override
	String adminToken() {
		return TokenManagementStubs.ADMIN_TOKEN;
	}

	@Override
	String adminName() {
		return TokenManagementStubs.ADMIN;
	}

	@Override
	String userToken() {
		return TokenApiStubs.VALID_TOKEN;
	}

	@Override
	String userName() {
		return TokenManagementStubs.USER;
	}

	@Override
	String servicePrincipalApplicationId() {
		return TokenManagementStubs.APPLICATION_ID;
	}

}
