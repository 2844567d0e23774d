package dev.dbtokens.test;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.QueryStringDecoder;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;
import reactor.netty.resources.LoopResources;

/**
 * The HTTP side: a Reactor Netty server on 127.0.0.1 that reads each request, applies the
 * next matching fault, hands it to the {@link RequestHandler}, writes the answer and records
 * it in the journal. Logs method, path and status only, at DEBUG.
 *
 * <p>The server runs on event loops of its own, made at start and shut down at stop, never on
 * Reactor Netty's global {@code HttpResources}: a Spring application closing in the same JVM
 * (one a test starts with {@code SpringApplication.run}, say) disposes those, and an emulator on
 * them stopped accepting connections while its test context was still cached.
 */
final class EmulatorServer {

	private static final Logger logger = LoggerFactory.getLogger(DatabricksEmulator.class);

	private static final byte[] NO_BODY = new byte[0];

	private final RequestHandler handler;

	private final Faults faults;

	private final Journal journal;

	private final Clock clock;

	private volatile @Nullable DisposableServer server;

	private volatile @Nullable AdminEndpoints admin;

	private @Nullable LoopResources loops;

	EmulatorServer(RequestHandler handler, Faults faults, Journal journal, Clock clock) {
		this.handler = handler;
		this.faults = faults;
		this.journal = journal;
		this.clock = clock;
	}

	synchronized void start(String host, int port) {
		if (this.server != null) {
			throw new IllegalStateException("The emulator is already running on port " + port() + ".");
		}
		LoopResources own = LoopResources.create("databricks-emulator", LoopResources.DEFAULT_IO_WORKER_COUNT, true);
		try {
			this.server = HttpServer.create()
				.host(host)
				.port(port)
				.runOn(own)
				.handle(this::serve)
				.bindNow(Duration.ofSeconds(10));
		}
		catch (RuntimeException ex) {
			own.dispose();
			throw ex;
		}
		this.loops = own;
		logger.debug("Databricks emulator listening on {}:{}", host, port());
	}

	synchronized void stop() {
		DisposableServer running = this.server;
		LoopResources own = this.loops;
		this.server = null;
		this.loops = null;
		if (running != null) {
			running.disposeNow(Duration.ofSeconds(5));
		}
		if (own != null) {
			own.disposeLater(Duration.ZERO, Duration.ofSeconds(5)).block();
		}
	}

	/** Serves the admin API under {@value AdminEndpoints#PREFIX}; until then those paths answer as unknown ones. */
	void admin(AdminEndpoints admin) {
		this.admin = admin;
	}

	boolean isRunning() {
		return this.server != null;
	}

	int port() {
		DisposableServer running = this.server;
		if (running == null) {
			throw new IllegalStateException("The emulator is not running: call start() first.");
		}
		return running.port();
	}

	private Mono<Void> serve(HttpServerRequest request, HttpServerResponse response) {
		String method = request.method().name();
		QueryStringDecoder uri = new QueryStringDecoder(request.uri());
		String path = uri.path();
		Map<String, List<String>> query = uri.parameters();
		String authorization = request.requestHeaders().get(HttpHeaderNames.AUTHORIZATION);
		Exchange bodiless = new Exchange(method, path, query, authorization, NO_BODY);
		if (BoundedBody.declaredTooLarge(request.requestHeaders())) {
			return tooLarge(bodiless, response);
		}
		return request.receive()
			.reduceWith(BoundedBody::new, BoundedBody::add)
			.flatMap((body) -> body.tooLarge() ? tooLarge(bodiless, response)
					: exchange(new Exchange(method, path, query, authorization, body.bytes()), response));
	}

	/** Answers 413 and closes the connection. */
	private Mono<Void> tooLarge(Exchange exchange, HttpServerResponse response) {
		response.keepAlive(false);
		return reply(exchange, null, new Handled(BoundedBody.refusal(), null), response);
	}

	private Mono<Void> exchange(Exchange exchange, HttpServerResponse response) {
		AdminEndpoints adminApi = this.admin;
		if (adminApi != null && exchange.path().startsWith(AdminEndpoints.PREFIX)) {
			return write(adminApi.handle(exchange.method(), exchange.path(), exchange.authorization(), exchange.body()),
					response);
		}
		Operation operation;
		try {
			operation = Routes.resolve(exchange.method(), exchange.path());
		}
		catch (ApiException ex) {
			return reply(exchange, null, new Handled(ex.toResponse(), null), response);
		}
		Fault fault = this.faults.take(operation);
		if (fault == null) {
			return reply(exchange, operation, handle(operation, exchange), response);
		}
		return switch (fault.kind()) {
			case RESPOND -> reply(exchange, operation, new Handled(fault.response(), null), response);
			case DELAY -> Mono.delay(fault.delay())
				.then(Mono.defer(() -> reply(exchange, operation, handle(operation, exchange), response)));
			case RESET_BEFORE_HANDLING -> reset(exchange, operation, 0, null, response);
			case RESET_AFTER_HANDLING -> {
				Handled handled = handle(operation, exchange);
				yield reset(exchange, operation, handled.response().status(), handled.principal(), response);
			}
		};
	}

	private Handled handle(Operation operation, Exchange exchange) {
		return this.handler.handle(operation, exchange.path(), exchange.query(), exchange.authorization(),
				exchange.body());
	}

	private Mono<Void> reply(Exchange exchange, @Nullable Operation operation, Handled handled,
			HttpServerResponse response) {
		ApiResponse answer = handled.response();
		record(exchange, operation, answer.status(), handled.principal(), false);
		return write(answer, response);
	}

	private Mono<Void> write(ApiResponse answer, HttpServerResponse response) {
		response.status(HttpResponseStatus.valueOf(answer.status()))
			.header(HttpHeaderNames.CONTENT_TYPE, answer.contentType())
			.header(HttpHeaderNames.CONTENT_LENGTH, Integer.toString(answer.body().length));
		for (Map.Entry<String, String> header : answer.headers().entrySet()) {
			response.header(header.getKey(), header.getValue());
		}
		return response.sendByteArray(Mono.just(answer.body())).then();
	}

	/** Closes the connection with a TCP reset (SO_LINGER 0) instead of answering. */
	private Mono<Void> reset(Exchange exchange, Operation operation, int status, @Nullable String principal,
			HttpServerResponse response) {
		record(exchange, operation, status, principal, true);
		response.withConnection((connection) -> {
			Channel channel = connection.channel();
			channel.config().setOption(ChannelOption.SO_LINGER, 0);
			channel.close();
		});
		return Mono.empty();
	}

	private void record(Exchange exchange, @Nullable Operation operation, int status, @Nullable String principal,
			boolean connectionReset) {
		this.journal.record(new RecordedRequest(operation, exchange.method(), exchange.path(), status, principal,
				this.clock.instant(), connectionReset));
		if (logger.isDebugEnabled()) {
			logger.debug("{} {} -> {}", exchange.method(), exchange.path(),
					connectionReset ? "connection reset" : status);
		}
	}

	/** A request as read: the authorization header is kept for the handler, never recorded. */
	private record Exchange(String method, String path, Map<String, List<String>> query, @Nullable String authorization,
			byte[] body) {

		@Override
		public String toString() {
			return "Exchange[" + this.method + " " + this.path + "]";
		}

	}

}
