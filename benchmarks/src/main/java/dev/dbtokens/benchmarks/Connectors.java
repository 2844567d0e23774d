package dev.dbtokens.benchmarks;

import java.time.Duration;

import io.netty.channel.ChannelOption;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

import org.springframework.http.client.reactive.ReactorClientHttpConnector;

/**
 * The Reactor Netty client every WebClient contender gets: the timeouts the starter's
 * auto-configuration sets ({@code databricks.http.*} defaults) and a pool of {@link #MAX_CONNECTIONS}
 * connections with an unbounded pending queue, so that
 * concurrency 256 waits for a connection instead of failing. The auto-configured pool queues up to
 * 100 callers per connection (5,000 here), which no cell of the profile reaches, so the two behave
 * the same in these runs.
 */
final class Connectors {

	/**
	 * The pool of every WebClient contender and of the raw HttpClient 5 ({@code -Dbench.connections}):
	 * by default 50, the starter's {@code databricks.http.max-connections} default. The SDK keeps
	 * its own 20 per route.
	 */
	static final int MAX_CONNECTIONS = Integer.getInteger("bench.connections", 50);

	private Connectors() {
	}

	static HttpClient httpClient(String name) {
		ConnectionProvider pool = ConnectionProvider.builder(name)
			.maxConnections(MAX_CONNECTIONS)
			.pendingAcquireMaxCount(-1)
			.build();
		return HttpClient.create(pool)
			.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 10_000)
			.responseTimeout(Duration.ofSeconds(60));
	}

	static ReactorClientHttpConnector connector(String name) {
		return new ReactorClientHttpConnector(httpClient(name));
	}

}
