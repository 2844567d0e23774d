package dev.dbtokens.sample;

import java.time.Duration;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed's walk-through (create a 5-minute token, list it, delete it) through the sample's own
 * service, against WireMock.
 */
@SpringBootTest
class SampleApplicationTests {

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	@DynamicPropertySource
	static void databricks(DynamicPropertyRegistry registry) {
		registry.add("databricks.host", server::baseUrl);
		registry.add("databricks.token", () -> "dapiSAMPLEconfigured0123456789");
	}

	@Autowired
	TokenService service;

	@Test
	void createsListsAndRevokesAFiveMinuteToken() {
		server.stubFor(post("/api/2.0/token/create").willReturn(okJson("""
				{"token_value":"dapiSAMPLEcreated","token_info":{"token_id":"t-1","comment":"sample","creation_time":1,"expiry_time":300001}}""")));
		server.stubFor(get("/api/2.0/token/list").willReturn(okJson("{\"token_infos\":[{\"token_id\":\"t-1\",\"comment\":\"sample\"}]}")));
		server.stubFor(post("/api/2.0/token/delete").willReturn(okJson("{}")));

		String id = this.service.create("sample", Duration.ofMinutes(5)).block().tokenInfo().tokenId();
		assertThat(this.service.list().collectList().block()).extracting("tokenId").containsExactly(id);
		this.service.revoke(id).block();

		server.verify(postRequestedFor(urlEqualTo("/api/2.0/token/create"))
			.withHeader("Authorization", equalTo("Bearer dapiSAMPLEconfigured0123456789"))
			.withRequestBody(equalToJson("{\"comment\":\"sample\",\"lifetime_seconds\":300}")));
		server.verify(postRequestedFor(urlEqualTo("/api/2.0/token/delete")).withRequestBody(equalToJson("{\"token_id\":\"t-1\"}")));
	}

}
