package dev.dbtokens.client.autoconfigure;

import java.time.Duration;

import io.netty.channel.ChannelOption;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;

/**
 * The connection pool of the auto-configured clients, their own rather than Reactor Netty's global
 * one, and the one connector over it (timeouts of {@code databricks.http.*}) that every client and
 * the OAuth requests share. Closed with the application context.
 */
final class TokensConnectionPool implements DisposableBean {

	static final String NAME = "databricks-tokens";

	/**
	 * Calls that may wait for a connection, per connection. Reactor Netty's default (2 per connection)
	 * fails a burst at once with "Pending acquire queue has reached its maximum size"; a waiting call
	 * holds no thread and little memory, and {@code pending-acquire-timeout} bounds its wait.
	 */
	static final int PENDING_PER_CONNECTION = 100;

	/**
	 * Pooled connections unused this long are closed, before a load balancer drops them silently
	 * (AWS ALB: 60 s). A request written to a dropped connection is reset, which for a
	 * {@code token/create} means an unknown outcome.
	 */
	static final Duration MAX_IDLE_TIME = Duration.ofSeconds(30);

	private final ConnectionProvider provider;

	private final ClientHttpConnector connector;

	TokensConnectionPool(int maxConnections, Duration pendingAcquireTimeout, Duration connectTimeout,
			Duration responseTimeout) {
		this.provider = ConnectionProvider.builder(NAME)
			.maxConnections(maxConnections)
			.pendingAcquireMaxCount(PENDING_PER_CONNECTION * maxConnections)
			.pendingAcquireTimeout(pendingAcquireTimeout)
			.maxIdleTime(MAX_IDLE_TIME)
			.build();
		this.connector = new ReactorClientHttpConnector(HttpClient.create(this.provider)
			.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) Math.min(Integer.MAX_VALUE, connectTimeout.toMillis()))
			.responseTimeout(responseTimeout));
	}

	ConnectionProvider provider() {
		return this.provider;
	}

	/** The connector every client built by the auto-configuration starts from. */
	ClientHttpConnector connector() {
		return this.connector;
	}

	@Override
	public void destroy() {
		this.provider.disposeLater().block(Duration.ofSeconds(10));
	}

}
