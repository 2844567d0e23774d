package dev.dbtokens.test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.netty.ByteBufFlux;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A raw HTTP client for the tests: sends exactly what a test asks and hands back status,
 * headers and JSON body, without any client-library logic in between.
 */
final class WireClient {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static final ConnectionProvider CONNECTIONS = ConnectionProvider.builder("wire-client")
		.maxConnections(600)
		.pendingAcquireMaxCount(2000)
		.build();

	private final HttpClient http;

	WireClient(DatabricksEmulator emulator) {
		this.http = HttpClient.create(CONNECTIONS).baseUrl(emulator.baseUrl()).responseTimeout(Duration.ofSeconds(10));
	}

	Mono<Reply> exchange(HttpMethod method, String path, @Nullable String authorization, @Nullable String body,
			String contentType) {
		return this.http.headers((headers) -> {
			if (authorization != null) {
				headers.set(HttpHeaderNames.AUTHORIZATION, authorization);
			}
			headers.set(HttpHeaderNames.CONTENT_TYPE, contentType);
			headers.set(HttpHeaderNames.ACCEPT, "application/json");
		})
			.request(method)
			.uri(path)
			.send((body != null) ? ByteBufFlux.fromString(Mono.just(body)) : ByteBufFlux.fromString(Mono.empty()))
			.responseSingle((response, content) -> content.asString(StandardCharsets.UTF_8)
				.defaultIfEmpty("")
				.map((text) -> new Reply(response.status().code(), response.responseHeaders(), text)));
	}

	Reply send(HttpMethod method, String path, @Nullable String token, @Nullable String json) {
		return exchange(method, path, (token != null) ? "Bearer " + token : null, json, "application/json").block();
	}

	Reply get(String path, @Nullable String token) {
		return send(HttpMethod.GET, path, token, null);
	}

	Reply post(String path, @Nullable String token, String json) {
		return send(HttpMethod.POST, path, token, json);
	}

	Reply patch(String path, @Nullable String token, String json) {
		return send(HttpMethod.PATCH, path, token, json);
	}

	Reply put(String path, @Nullable String token, String json) {
		return send(HttpMethod.PUT, path, token, json);
	}

	Reply httpDelete(String path, @Nullable String token) {
		return send(HttpMethod.DELETE, path, token, null);
	}

	Reply create(String token, String json) {
		return post("/api/2.0/token/create", token, json);
	}

	Reply list(String token) {
		return get("/api/2.0/token/list", token);
	}

	Reply delete(String token, String tokenId) {
		return post("/api/2.0/token/delete", token, "{\"token_id\":\"" + tokenId + "\"}");
	}

	Reply oauthToken(String clientId, String clientSecret) {
		String basic = Base64.getEncoder()
			.encodeToString((clientId + ":" + clientSecret).getBytes(StandardCharsets.UTF_8));
		return exchange(HttpMethod.POST, "/oidc/v1/token", "Basic " + basic,
				"grant_type=client_credentials&scope=all-apis", "application/x-www-form-urlencoded")
			.block();
	}

	/** One answer: status, headers and the body as JSON (a missing node when it is not JSON). */
	record Reply(int status, HttpHeaders headers, String text) {

		JsonNode json() {
			return text().isEmpty() ? MAPPER.missingNode() : MAPPER.readTree(text());
		}

		String errorCode() {
			return json().path("error_code").asString();
		}

		@Override
		public String toString() {
			return "Reply[" + this.status + "]";
		}

	}

}
