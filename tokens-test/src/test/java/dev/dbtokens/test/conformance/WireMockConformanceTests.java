package dev.dbtokens.test.conformance;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.dbtokens.client.BlockingTokensClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * The conformance scenarios against WireMock stubs of the API page ({@link TokenApiStubs}).
 */
class WireMockConformanceTests extends TokenApiConformance {

	@RegisterExtension
	static WireMockExtension wireMock = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	@BeforeEach
	void stubTheApi() {
		TokenApiStubs.register(wireMock);
	}

	@Override
	String baseUrl() {
		return wireMock.baseUrl();
	}

	@Override
	String validToken() {
		return TokenApiStubs.VALID_TOKEN;
	}

	@Override
	void fillQuota(BlockingTokensClient client) {
		wireMock.setScenarioState(TokenApiStubs.QUOTA, TokenApiStubs.QUOTA_REACHED);
	}

}
