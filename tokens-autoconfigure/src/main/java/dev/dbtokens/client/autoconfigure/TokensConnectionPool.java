package dev.dbtokens.client.autoconfigure;

import java.net.URI;
import java.time.Duration;
import java.util.function.Function;

import io.netty.channel.ChannelOption;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.http.client.reactive.ClientHttpRequest;
import org.springframework.http.client.reactive.ClientHttpResponse;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;

/**
 * The connection pool of the auto-configured clients, their own rather than Reactor Netty's global
 * one, and the one connector over it (timeouts of {@code databricks.http.*}) that every client and
 * the OAuth requests share. Closed with the application context.
 *
 * <p>The pool and its Reactor Netty client are made at the first request, not at start-up: that
 * is most of what the starter would add to an application's start (about 150 ms of Netty classes
 * here), and an application whose customizer replaces the connector never needs them.
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

	private final int maxConnections;

	private final Duration pendingAcquireTimeout;

	private final Duration connectTimeout;

	private final Duration responseTimeout;

	private final ClientHttpConnector connector = this::connect;

	private volatile @Nullable Http http;

	private volatile boolean destroyed;

	TokensConnectionPool(int maxConnections, Duration pendingAcquireTimeout, Duration connectTimeout,
			Duration responseTimeout) {
		this.maxConnections = maxConnections;
		this.pendingAcquireTimeout = pendingAcquireTimeout;
		this.connectTimeout = connectTimeout;
		this.responseTimeout = responseTimeout;
	}

	/** The pool, made now if no request made it yet. */
	ConnectionProvider provider() {
		return http().provider();
	}

	/** Whether a request (or {@link #provider()}) has made the pool yet. */
	boolean isOpen() {
		return this.http != null;
	}

	/**
	 * The connector every client built by the auto-configuration starts from: it makes the pool at
	 * the first request, then hands every request to the pool's connector.
	 */
	ClientHttpConnector connector() {
		return this.connector;
	}

	/**
	 * Fails once the application context is closed, so that nothing is made or sent for a closed
	 * context.
	 */
	void checkOpen() {
		if (this.destroyed) {
			throw new IllegalStateException("the Databricks connection pool is closed: its application context was closed");
		}
	}

	private Mono<ClientHttpResponse> connect(HttpMethod method, URI uri,
			Function<? super ClientHttpRequest, Mono<Void>> requestCallback) {
		Http made;
		try {
			made = http();
		}
		catch (IllegalStateException ex) {
			return Mono.error(ex);
		}
		return made.connector().connect(method, uri, requestCallback);
	}

	private Http http() {
		checkOpen();
		Http made = this.http;
		return (made != null) ? made : open();
	}

	private synchronized Http open() {
		checkOpen();
		Http made = this.http;
		if (made == null) {
			ConnectionProvider provider = ConnectionProvider.builder(NAME)
				.maxConnections(this.maxConnections)
				.pendingAcquireMaxCount((int) Math.min(Integer.MAX_VALUE, (long) PENDING_PER_CONNECTION * this.maxConnections))
				.pendingAcquireTimeout(this.pendingAcquireTimeout)
				.maxIdleTime(MAX_IDLE_TIME)
				.build();
			made = new Http(provider, new ReactorClientHttpConnector(HttpClient.create(provider)
				.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) Math.min(Integer.MAX_VALUE, this.connectTimeout.toMillis()))
				.responseTimeout(this.responseTimeout)));
			this.http = made;
		}
		return made;
	}

	@Override
	public void destroy() {
		Http made;
		synchronized (this) {
			this.destroyed = true;
			made = this.http;
		}
		if (made != null) {
			made.provider().disposeLater().block(Duration.ofSeconds(10));
		}
	}

	private record Http(ConnectionProvider provider, ClientHttpConnector connector) {
	}

}
