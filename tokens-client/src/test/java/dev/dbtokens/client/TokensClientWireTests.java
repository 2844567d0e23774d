package dev.dbtokens.client;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.dbtokens.client.error.DatabricksApiException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.test.StepVerifier;

import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.WebClient;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.dbtokens.client.support.TestSecrets.CONFIGURED_TOKEN;
import static dev.dbtokens.client.support.TestSecrets.CREATED_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Each operation's exact request and decoded answer.
 */
class TokensClientWireTests {

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	static final String TOKEN_INFO = """
			{"token_id":"tok-1","comment":"nightly","creation_time":1700000000000,"expiry_time":1700000300000,"scopes":["all-apis"]}""";

	private final TokensClient client = TokensClient.builder().host(server.baseUrl()).token(CONFIGURED_TOKEN).build();

	@Test
	void createSendsCommentAndLifetimeInSecondsWithHeaders() {
		server.stubFor(post("/api/2.0/token/create")
			.willReturn(okJson("{\"token_value\":\"" + CREATED_TOKEN + "\",\"token_info\":" + TOKEN_INFO + "}")));

		StepVerifier.create(this.client.create("nightly", Duration.ofMinutes(5))).assertNext((created) -> {
			assertThat(created.tokenValue()).isEqualTo(CREATED_TOKEN);
			assertThat(created.tokenInfo().tokenId()).isEqualTo("tok-1");
			assertThat(created.tokenInfo().creationTime()).isEqualTo(Instant.ofEpochMilli(1700000000000L));
			assertThat(created.tokenInfo().expiryTime()).isEqualTo(Instant.ofEpochMilli(1700000300000L));
			assertThat(created.tokenInfo().scopes()).containsExactly("all-apis");
		}).verifyComplete();

		server.verify(postRequestedFor(urlEqualTo("/api/2.0/token/create"))
			.withHeader("Authorization", equalTo("Bearer " + CONFIGURED_TOKEN))
			.withHeader("Accept", equalTo("application/json"))
			.withHeader("Content-Type", equalTo("application/json"))
			.withHeader("User-Agent", matching("databricks-tokens-spring-boot/0\\.1\\.0-SNAPSHOT spring-boot/4\\.\\d+\\.\\d+\\S* jvm/\\S+ os/\\S+ auth/pat"))
			.withRequestBody(equalToJson("{\"comment\":\"nightly\",\"lifetime_seconds\":300}", false, false)));
	}

	@Test
	void anApplicationFilterThatSetsAuthorizationDoesNotReplaceTheToken() {
		server.stubFor(get("/api/2.0/token/list").willReturn(okJson("{}")));
		TokensClient client = TokensClient.builder()
			.host(server.baseUrl())
			.token(CONFIGURED_TOKEN)
			.webClientBuilder(WebClient.builder().filter((request, next) -> next.exchange(ClientRequest.from(request)
				.headers((headers) -> headers.set(HttpHeaders.AUTHORIZATION, "Bearer the-application's-own"))
				.build())))
			.build();

		client.blocking().list();

		server.verify(getRequestedFor(urlEqualTo("/api/2.0/token/list")).withHeader("Authorization",
				equalTo("Bearer " + CONFIGURED_TOKEN)));
	}

	@Test
	void createSendsNoNullFieldsAndSendsScopes() {
		server.stubFor(post("/api/2.0/token/create")
			.willReturn(okJson("{\"token_value\":\"" + CREATED_TOKEN + "\",\"token_info\":{\"token_id\":\"t\",\"expiry_time\":-1}}")));

		StepVerifier.create(this.client.create(null, null))
			.assertNext((created) -> assertThat(created.tokenInfo().expiryTime()).isNull())
			.verifyComplete();
		StepVerifier.create(this.client.create(new CreateTokenRequest(null, null, List.of("sql", "clusters"))))
			.expectNextCount(1)
			.verifyComplete();

		server.verify(postRequestedFor(urlEqualTo("/api/2.0/token/create")).withRequestBody(equalToJson("{}", false, false)));
		server.verify(postRequestedFor(urlEqualTo("/api/2.0/token/create"))
			.withRequestBody(equalToJson("{\"scopes\":[\"sql\",\"clusters\"]}", false, false)));
	}

	@Test
	void aRetryAfterLongerThanTheCallTimeoutEndsTheCallAtOnce() {
		server.stubFor(get("/api/2.0/token/list").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3600")));
		TokensClient patient = this.client.withRetry(RetrySettings.defaults().withMaxAttempts(2).withTimeout(Duration.ofSeconds(30)));

		StepVerifier.create(patient.list())
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(DatabricksApiException.class)
				.hasMessage("token/list failed: HTTP 429: empty body (not retried: the next attempt would start after the call "
						+ "timeout of 30s)"))
			.verify(Duration.ofSeconds(10));
		server.verify(1, getRequestedFor(urlEqualTo("/api/2.0/token/list")));
	}

	@Test
	void deleteSendsTokenId() {
		server.stubFor(post("/api/2.0/token/delete").willReturn(okJson("{}")));

		StepVerifier.create(this.client.delete("tok-1")).verifyComplete();

		server.verify(postRequestedFor(urlEqualTo("/api/2.0/token/delete"))
			.withHeader("Authorization", equalTo("Bearer " + CONFIGURED_TOKEN))
			.withHeader("Content-Type", equalTo("application/json"))
			.withRequestBody(equalToJson("{\"token_id\":\"tok-1\"}", false, false)));
	}

	@Test
	void listDecodesNeverExpiringTokensInt64StringsAndUnknownFields() {
		server.stubFor(get("/api/2.0/token/list").willReturn(okJson("""
				{"token_infos":[
				  {"token_id":"a","comment":"never","creation_time":1700000000000,"expiry_time":-1,"autoscope_state":"NEW_STATE"},
				  {"token_id":"b","creation_time":"1700000000001","expiry_time":"1700000600000","inferred_scopes":["x"]}
				],"next_page":"ignored"}""")));

		StepVerifier.create(this.client.list()).assertNext((never) -> {
			assertThat(never.tokenId()).isEqualTo("a");
			assertThat(never.comment()).isEqualTo("never");
			assertThat(never.expiryTime()).isNull();
			assertThat(never.isExpiredAt(Instant.MAX)).isFalse();
			assertThat(never.scopes()).isEmpty();
		}).assertNext((strings) -> {
			assertThat(strings.comment()).isNull();
			assertThat(strings.creationTime()).isEqualTo(Instant.ofEpochMilli(1700000000001L));
			assertThat(strings.expiryTime()).isEqualTo(Instant.ofEpochMilli(1700000600000L));
		}).verifyComplete();

		server.verify(getRequestedFor(urlEqualTo("/api/2.0/token/list"))
			.withHeader("Authorization", equalTo("Bearer " + CONFIGURED_TOKEN))
			.withHeader("Accept", equalTo("application/json"))
			.withHeader("Content-Type", absent()));
	}

	@Test
	void listReadsThousandsOfTokensAndRefusesAnAbsurdlyLargeAnswerClearly() {
		StringBuilder many = new StringBuilder("{\"token_infos\":[");
		for (int i = 0; i < 10_000; i++) {
			many.append((i > 0) ? "," : "").append("{\"token_id\":\"tok-").append(i).append("\",\"comment\":\"bulk\",")
				.append("\"creation_time\":1700000000000,\"expiry_time\":-1}");
		}
		server.stubFor(get("/api/2.0/token/list").willReturn(okJson(many.append("]}").toString())));
		StepVerifier.create(this.client.list().count()).expectNext(10_000L).verifyComplete();

		server.stubFor(get("/api/2.0/token/list").willReturn(okJson("{\"token_infos\":[],\"pad\":\"" + "x".repeat(17 << 20) + "\"}")));
		StepVerifier.create(this.client.withRetry(RetrySettings.noRetries()).list())
			.verifyErrorSatisfies((ex) -> assertThat(ex).hasMessageStartingWith("token/list failed: an answer larger than 16 MiB"));
	}

	@Test
	void listIsEmptyWhenTokenInfosIsEmptyOrMissing() {
		server.stubFor(get("/api/2.0/token/list").willReturn(okJson("{\"token_infos\":[]}")));
		StepVerifier.create(this.client.list()).verifyComplete();

		server.stubFor(get("/api/2.0/token/list").willReturn(okJson("{}")));
		StepVerifier.create(this.client.list()).verifyComplete();
		assertThat(this.client.blocking().list()).isEmpty();
	}

	@Test
	void aListWithANullEntryIsAMalformedAnswer() {
		server.stubFor(get("/api/2.0/token/list").willReturn(okJson("{\"token_infos\":[{\"token_id\":\"a\"},null]}")));
		TokensClient once = this.client.withRetry(RetrySettings.noRetries());
		StepVerifier.create(once.list())
			.verifyErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(DatabricksApiException.class)
				.hasMessageContaining("token/list failed: HTTP 200 with a body that is not the expected JSON"));
		assertThatExceptionOfType(DatabricksApiException.class).isThrownBy(() -> once.blocking().list())
			.withMessageContaining("token_infos holds a null entry");
	}

	@Test
	void blockingListGivesEveryTokenInOrderInAnUnmodifiableList() {
		server.stubFor(get("/api/2.0/token/list").willReturn(okJson(
				"{\"token_infos\":[{\"token_id\":\"b\",\"comment\":\"second\"},{\"token_id\":\"a\",\"comment\":\"first\"}]}")));
		List<PublicTokenInfo> tokens = this.client.blocking().list();
		assertThat(tokens).extracting(PublicTokenInfo::tokenId).containsExactly("b", "a");
		assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> tokens.remove(0));
	}

	@Test
	void blockingClientReturnsTheSameAnswers() {
		server.stubFor(get("/api/2.0/token/list").willReturn(okJson("{\"token_infos\":[" + TOKEN_INFO + "]}")));
		server.stubFor(post("/api/2.0/token/create")
			.willReturn(okJson("{\"token_value\":\"" + CREATED_TOKEN + "\",\"token_info\":" + TOKEN_INFO + "}")));
		server.stubFor(post("/api/2.0/token/delete").willReturn(okJson("{}")));
		BlockingTokensClient blocking = this.client.blocking();

		assertThat(blocking.create("nightly", Duration.ofMinutes(5)).tokenInfo().tokenId()).isEqualTo("tok-1");
		assertThat(blocking.create(CreateTokenRequest.of("x", null)).tokenValue()).isEqualTo(CREATED_TOKEN);
		assertThat(blocking.list()).extracting(PublicTokenInfo::tokenId).containsExactly("tok-1");
		blocking.delete("tok-1");
		server.verify(1, postRequestedFor(urlEqualTo("/api/2.0/token/delete")));
	}

	@Test
	void rejectsBadArgumentsBeforeAnyRequest() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.create("c", Duration.ZERO))
			.withMessageContaining("lifetime");
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.create("c", Duration.ofSeconds(-5)))
			.withMessageContaining("lifetime");
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.create("c", Duration.ofMillis(500)))
			.withMessageContaining("lifetime");
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.create("c", Duration.ofMillis(1500)))
			.withMessageContaining("lifetime");
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.create(null))
			.withMessageContaining("request");
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.delete(null)).withMessageContaining("tokenId");
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.delete(" ")).withMessageContaining("tokenId");
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.blocking().delete(""))
			.withMessageContaining("tokenId");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new CreateTokenRequest(null, null, java.util.Arrays.asList("ok", " ")))
			.withMessageContaining("scopes");
		assertThat(server.getAllServeEvents()).isEmpty();
	}

	@Test
	void modelsNeverPrintTheTokenValue() {
		PublicTokenInfo info = new PublicTokenInfo("tok-1", "c", null, null, null);
		CreateTokenResponse created = new CreateTokenResponse(CREATED_TOKEN, info);

		assertThat(created.toString()).doesNotContain(CREATED_TOKEN).contains("tok-1").contains("<redacted>");
		assertThat(DatabricksCredentialsProvider.personalAccessToken(CONFIGURED_TOKEN).toString())
			.doesNotContain(CONFIGURED_TOKEN);
		assertThat(this.client.toString()).doesNotContain(CONFIGURED_TOKEN);
	}

}
