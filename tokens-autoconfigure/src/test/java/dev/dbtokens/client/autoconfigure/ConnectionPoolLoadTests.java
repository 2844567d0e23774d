package dev.dbtokens.client.autoconfigure;

import java.time.Duration;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import dev.dbtokens.client.TokensClient;
import io.netty.buffer.UnpooledByteBufAllocator;
import io.netty.channel.ChannelOption;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;

import static dev.dbtokens.client.support.TestSecrets.CONFIGURED_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The auto-configured client under load: 10,000 calls, 512 at a time, against a loopback server
 * that answers at once (WireMock is too slow for this on two cores). Every call succeeds, the pool
 * never opens more connections than {@code databricks.http.max-connections}, and Netty reports no
 * leak (leak detection runs at paranoid; the extension checks).
 */
class ConnectionPoolLoadTests {

	static final int CALLS = 10_000;

	static final int CONCURRENCY = 512;

	static final int MAX_CONNECTIONS = 50;

	private final Map<Integer, Boolean> clientPorts = new ConcurrentHashMap<>();

	private final AtomicInteger requests = new AtomicInteger();

	private DisposableServer server;

	private Level rootLevel;

	/**
	 * DEBUG lines of 10,000 exchanges would take most of the test's time; leak reports are logged at
	 * ERROR and still reach the extension's scan.
	 */
	@BeforeEach
	void quietLogs() {
		Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
		this.rootLevel = root.getLevel();
		root.setLevel(Level.INFO);
	}

	@AfterEach
	void restoreLogs() {
		((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(this.rootLevel);
	}

	@BeforeEach
	void startServer() {
		this.server = HttpServer.create()
			// The stub server is not under test: its buffers are not tracked, which halves the cost
			// of paranoid leak detection; every buffer of the client still is.
			.option(ChannelOption.ALLOCATOR, new UnpooledByteBufAllocator(true, true))
			.childOption(ChannelOption.ALLOCATOR, new UnpooledByteBufAllocator(true, true))
			.host("127.0.0.1")
			.port(0)
			.route((routes) -> routes.get("/api/2.0/token/list", (request, response) -> {
				this.requests.incrementAndGet();
				this.clientPorts.put(request.remoteAddress().getPort(), Boolean.TRUE);
				return response.header("Content-Type", "application/json")
					.sendString(Mono.just("{\"token_infos\":[{\"token_id\":\"tok-1\",\"comment\":\"load\"}]}"));
			}))
			.bindNow();
	}

	@AfterEach
	void stopServer() {
		this.server.disposeNow(Duration.ofSeconds(5));
	}

	@Test
	void completesTenThousandConcurrentCallsWithoutErrorsOnABoundedPool() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(WebClientAutoConfiguration.class, TokensClientAutoConfiguration.class))
			.withPropertyValues("databricks.host=http://127.0.0.1:" + this.server.port(), "databricks.token=" + CONFIGURED_TOKEN,
					"databricks.http.max-connections=" + MAX_CONNECTIONS)
			.run((context) -> {
				TokensClient client = context.getBean(TokensClient.class);
				Queue<Throwable> errors = new ConcurrentLinkedQueue<>();
				long start = System.nanoTime();
				Long tokens = Flux.range(0, CALLS)
					.flatMap((i) -> client.list().count().onErrorResume((ex) -> {
						errors.add(ex);
						return Mono.just(0L);
					}), CONCURRENCY)
					.reduce(0L, Long::sum)
					.block(Duration.ofSeconds(180));
				Duration took = Duration.ofNanos(System.nanoTime() - start);

				assertThat(errors).as("failed calls").isEmpty();
				assertThat(tokens).isEqualTo(CALLS);
				assertThat(this.requests).hasValue(CALLS);
				assertThat(this.clientPorts).as("connections opened").hasSizeLessThanOrEqualTo(MAX_CONNECTIONS);
				LoggerFactory.getLogger(ConnectionPoolLoadTests.class)
					.info("{} calls at concurrency {} took {} ms on {} connections", CALLS, CONCURRENCY, took.toMillis(),
							this.clientPorts.size());
			});
	}

}
