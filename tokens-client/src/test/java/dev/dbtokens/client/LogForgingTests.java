package dev.dbtokens.client;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.dbtokens.client.error.DatabricksApiException;
import dev.dbtokens.client.internal.wire.BoundedList;
import dev.dbtokens.client.support.CapturingAppender;
import dev.dbtokens.client.support.TestSecrets;
import dev.dbtokens.client.support.TraceLogging;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.dbtokens.client.support.TestSecrets.CONFIGURED_TOKEN;
import static dev.dbtokens.client.support.TestSecrets.CREATED_TOKEN;
import static dev.dbtokens.client.support.TestSecrets.SHAPELESS_PROXY_PASSWORD;
import static dev.dbtokens.client.support.TestSecrets.SHAPELESS_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * What a server (or a comment a user wrote) sends cannot forge log lines or blow up a message:
 * each route a probe used, with every logger at TRACE, the output searched for a forged line.
 */
@ExtendWith(TraceLogging.class)
class LogForgingTests {

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	/** What an attacker puts after a line break: a line of its own in a plain-text log. */
	private static final String FORGED = "FORGED 00:00:00.000 INFO  admin logged in";

	/** Line breaks of every kind a log viewer may honour, and other control characters. */
	private static final List<String> BREAKS = List.of("\r\n", "\n", "\r", "\u2028", "\u2029", "\u0085", "\u001b[2K", "\u000b");

	private static final Pattern RAW_BREAK = Pattern.compile("[\\r\\n\\u2028\\u2029\\u0085\\u000b\\u001b]" + Pattern.quote(FORGED));

	private final TokensClient client = TokensClient.builder().host(server.baseUrl()).token(CONFIGURED_TOKEN).build();

	@Test
	void aCommentWithLineBreaksIsEscapedInTheWireLogOfTheRequestAndOfTheAnswer() {
		String comment = "nightly" + String.join(FORGED, BREAKS) + FORGED;
		server.stubFor(post("/api/2.0/token/create").willReturn(okJson("{\"token_value\":\"" + CREATED_TOKEN
				+ "\",\"token_info\":{\"token_id\":\"t-1\",\"comment\":\"" + jsonEscaped(comment) + "\"}}")));

		this.client.blocking().create(comment, Duration.ofMinutes(5));

		assertThat(TraceLogging.linesWith("POST /api/2.0/token/create")).as("the wire log shows the request and its answer")
			.hasSizeGreaterThanOrEqualTo(2)
			.anySatisfy((line) -> assertThat(line).contains("nightly\\r\\n" + FORGED));
		assertNoForgedLine();
	}

	@Test
	void commentsInAListAnswerAreEscapedWhereverTheAnswerIsLogged() {
		server.stubFor(get("/api/2.0/token/list").willReturn(okJson("{\"token_infos\":[{\"token_id\":\"t-1\",\"comment\":\""
				+ jsonEscaped("a\n" + FORGED + "\u2028" + FORGED) + "\"}]}")));

		assertThat(this.client.blocking().list()).singleElement()
			.satisfies((token) -> assertThat(token.toString()).contains("a\\n" + FORGED + "\\u2028" + FORGED));
		assertNoForgedLine();
	}

	@Test
	void aServersErrorCodeAndMessageAreEscapedInTheExceptionAndTheLog() {
		server.stubFor(get("/api/2.0/token/list").willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error_code\":\"" + jsonEscaped("BAD\r\n" + FORGED) + "\",\"message\":\"" + jsonEscaped("no\n" + FORGED)
					+ "\"}")));

		DatabricksApiException ex = catchThrowableOfType(DatabricksApiException.class, () -> this.client.blocking().list());

		assertThat(ex.getMessage()).contains("BAD\\r\\n" + FORGED).contains("no\\n" + FORGED).doesNotContain("\n", "\r");
		assertThat(ex.errorCode()).doesNotContain("\n", "\r");
		assertNoForgedLine();
	}

	@Test
	void aHugeErrorCodeAndMessageAreBoundedInTheExceptionMessage() {
		server.stubFor(get("/api/2.0/token/list").willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error_code\":\"" + "E".repeat(5_000_000) + "\",\"message\":\"" + "m".repeat(1_000_000) + "\"}")));

		DatabricksApiException ex = catchThrowableOfType(DatabricksApiException.class, () -> this.client.blocking().list());

		assertThat(ex.getMessage()).hasSizeLessThan(1_000).contains("(5000000 chars)").contains("(1000000 chars)");
		assertThat(ex.errorCode()).hasSizeLessThan(200);
		assertThat(CapturingAppender.lines()).allSatisfy((line) -> assertThat(line).hasSizeLessThan(20_000));
	}

	@Test
	void aConfiguredTokenOfAnyShapeIsMaskedWhenAServerEchoesIt() {
		TokensClient shapeless = TokensClient.builder().host(server.baseUrl()).token(SHAPELESS_TOKEN).build();
		server.stubFor(get("/api/2.0/token/list").willReturn(aResponse().withStatus(403)
			.withHeader("Content-Type", "application/json")
			.withHeader("X-Echo", SHAPELESS_TOKEN)
			.withBody("{\"error_code\":\"PERMISSION_DENIED\",\"message\":\"token " + SHAPELESS_TOKEN + " may not list\"}")));

		DatabricksApiException ex = catchThrowableOfType(DatabricksApiException.class, () -> shapeless.blocking().list());

		assertThat(ex.getMessage()).contains("token <redacted> may not list");
		TestSecrets.assertNoSecretIn(ex);
		assertThat(TraceLogging.linesWith("<-- GET /api/2.0/token/list 403")).isNotEmpty(); // scanned for secrets after the test
	}

	@Test
	void aSecretGivenToTheBuilderIsMaskedWhenAServerEchoesIt() {
		TokensClient behindProxy = TokensClient.builder()
			.host(server.baseUrl())
			.token(CONFIGURED_TOKEN)
			.secret(SHAPELESS_PROXY_PASSWORD)
			.build();
		server.stubFor(get("/api/2.0/token/list").willReturn(aResponse().withStatus(502)
			.withBody("proxy said: password " + SHAPELESS_PROXY_PASSWORD + " is wrong")));

		DatabricksApiException ex = catchThrowableOfType(DatabricksApiException.class, () -> behindProxy.blocking().list());

		assertThat(ex.getMessage()).contains("password <redacted> is wrong");
		TestSecrets.assertNoSecretIn(ex);
	}

	@Test
	void aListAnswerWithMoreEntriesThanAnyDatabricksAnswerIsRefusedWhileDecoding() {
		StringBuilder body = new StringBuilder("{\"token_infos\":[");
		for (int i = 0; i <= BoundedList.MAX_ENTRIES; i++) {
			body.append((i > 0) ? "," : "").append("{\"token_id\":\"t\"}");
		}
		server.stubFor(get("/api/2.0/token/list").willReturn(okJson(body.append("]}").toString())));

		DatabricksApiException ex = catchThrowableOfType(DatabricksApiException.class, () -> quiet().blocking().list());

		assertThat(ex.getMessage()).contains("token/list failed: HTTP 200 with a body that is not the expected JSON")
			.contains("more than " + BoundedList.MAX_ENTRIES + " entries");
	}

	/** Without the wire log's copy of the body, so that only the decoding is measured against the bound. */
	private static TokensClient quiet() {
		return TokensClient.builder().host(server.baseUrl()).token(CONFIGURED_TOKEN).maxLoggedBodyLength(0).build();
	}

	private static void assertNoForgedLine() {
		assertThat(CapturingAppender.lines()).as("no log line starts a forged line")
			.noneMatch((line) -> RAW_BREAK.matcher(line).find());
	}

	private static String jsonEscaped(String text) {
		StringBuilder json = new StringBuilder();
		text.chars().forEach((c) -> json.append((c < 0x20 || c == 0x85 || c == 0x2028 || c == 0x2029 || c == '"' || c == '\\')
				? String.format("\\u%04x", c) : String.valueOf((char) c)));
		return json.toString();
	}

}
