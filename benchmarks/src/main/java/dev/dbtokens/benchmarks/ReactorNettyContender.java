package dev.dbtokens.benchmarks;

import io.netty.handler.codec.http.HttpHeaderNames;
import reactor.core.publisher.Mono;
import reactor.netty.ByteBufFlux;
import reactor.netty.http.client.HttpClient;

/**
 * The floor: Reactor Netty's own client, no WebClient and no JSON decoding, only the bytes.
 * It measures what the server and the loopback allow on this machine, not a user's choice.
 */
final class ReactorNettyContender implements Contender.Reactive {

	private static final String CREATE_BODY = "{\"comment\":\"benchmark\",\"lifetime_seconds\":3600}";

	private static final String DELETE_BODY = "{\"token_id\":\"" + Op.TOKEN_ID + "\"}";

	private final HttpClient client;

	private final HttpClient jsonClient;

	ReactorNettyContender(String baseUrl) {
		this.client = Connectors.httpClient("reactor-netty")
			.baseUrl(baseUrl)
			.headers((headers) -> headers.set(HttpHeaderNames.AUTHORIZATION, "Bearer " + FixedAnswerServer.TOKEN_VALUE));
		this.jsonClient = this.client.headers((headers) -> headers.set(HttpHeaderNames.CONTENT_TYPE, "application/json"));
	}

	@Override
	public String name() {
		return "reactor-netty";
	}

	@Override
	public Mono<Integer> call(Op op) {
		return switch (op) {
			case LIST_10, LIST_500 -> this.client.get()
				.uri("/api/2.0/token/list")
				.responseSingle((response, body) -> body.asByteArray())
				.map((bytes) -> op.expectedItems());
			case CREATE -> post("/api/2.0/token/create", CREATE_BODY).thenReturn(1);
			case DELETE -> post("/api/2.0/token/delete", DELETE_BODY).thenReturn(0);
		};
	}

	private Mono<byte[]> post(String path, String body) {
		return this.jsonClient.post()
			.uri(path)
			.send(ByteBufFlux.fromString(Mono.just(body)))
			.responseSingle((response, content) -> content.asByteArray());
	}

}
