package dev.dbtokens.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.StringJoiner;

import io.netty.buffer.Unpooled;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

/**
 * A Token API server on loopback that answers every call with the same pre-encoded bytes: the
 * cheapest server the contenders can share. Each listener has its own list size and delay, because
 * the clients address a host, not a query.
 *
 * <p>Run as a process ({@link #main}), it prints {@code PORTS p0 p1 p2 p3} for the listeners
 * (list 10, list 500) × (at once, after 50 ms) and stops when its standard input closes.
 */
final class FixedAnswerServer {

	static final String TOKEN_VALUE = "dapi0123456789abcdef0123456789abcdef";

	private static final byte[] CREATED = ("{\"token_value\":\"" + TOKEN_VALUE + "\",\"token_info\":" + tokenInfo(0) + "}")
		.getBytes(StandardCharsets.UTF_8);

	private static final byte[] EMPTY_OBJECT = "{}".getBytes(StandardCharsets.UTF_8);

	private static final byte[] NOT_FOUND = "{\"error_code\":\"NOT_FOUND\",\"message\":\"no such endpoint\"}"
		.getBytes(StandardCharsets.UTF_8);

	private final byte[] list;

	private final Duration delay;

	private FixedAnswerServer(int listSize, Duration delay) {
		this.list = list(listSize);
		this.delay = delay;
	}

	/** Starts a listener on an ephemeral loopback port. */
	static DisposableServer start(int listSize, Duration delay) {
		FixedAnswerServer server = new FixedAnswerServer(listSize, delay);
		return HttpServer.create().host("127.0.0.1").port(0).handle(server::handle).bindNow();
	}

	public static void main(String[] args) throws IOException {
		StringJoiner ports = new StringJoiner(" ", "PORTS ", "");
		for (Duration delay : new Duration[] { Duration.ZERO, Duration.ofMillis(LoadRun.DELAY_MS) }) {
			for (int size : new int[] { 10, 500 }) {
				ports.add(String.valueOf(start(size, delay).port()));
			}
		}
		System.out.println(ports);
		System.out.flush();
		while (System.in.read() != -1) {
			// runs until the parent closes our standard input (or dies)
		}
	}

	private Mono<Void> handle(HttpServerRequest request, HttpServerResponse response) {
		byte[] answer = switch (request.path()) {
			case "api/2.0/token/list" -> this.list;
			case "api/2.0/token/create" -> CREATED;
			case "api/2.0/token/delete" -> EMPTY_OBJECT;
			default -> null;
		};
		if (answer == null) {
			return request.receive().then(response.status(404).header("Content-Type", "application/json")
				.sendObject(Unpooled.wrappedBuffer(NOT_FOUND)).then());
		}
		response.header("Content-Type", "application/json");
		Mono<Void> drained = request.receive().then();
		if (!this.delay.isZero()) {
			drained = drained.then(Mono.delay(this.delay)).then();
		}
		return drained.then(response.sendObject(Unpooled.wrappedBuffer(answer)).then());
	}

	private static byte[] list(int size) {
		StringJoiner infos = new StringJoiner(",", "{\"token_infos\":[", "]}");
		for (int i = 0; i < size; i++) {
			infos.add(tokenInfo(i));
		}
		return infos.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static String tokenInfo(int i) {
		return "{\"token_id\":\"" + String.format("%064x", i) + "\",\"creation_time\":1767225600000,"
				+ "\"expiry_time\":1798761600000,\"comment\":\"benchmark token " + i + "\",\"created_by_id\":1234567890,"
				+ "\"created_by_username\":\"user@example.com\",\"owner_id\":1234567890}";
	}

}
