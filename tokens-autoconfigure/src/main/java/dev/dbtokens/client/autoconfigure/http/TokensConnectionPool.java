package dev.dbtokens.client.autoconfigure.http;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import reactor.netty.resources.LoopResources;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.reactive.ClientHttpConnectorBuilder;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.ReactorResourceFactory;
import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.http.client.reactive.ClientHttpRequest;
import org.springframework.http.client.reactive.ClientHttpResponse;

/**
 * The connection pool of the auto-configured clients and the one connector over it that every
 * client and the OAuth requests share, closed with the application context. The connector comes
 * from Spring Boot's {@link ClientHttpConnectorBuilder} with {@link HttpClientSettings} (timeouts,
 * SSL bundle; redirects never followed, so a credential never follows one) and, when configured,
 * a {@link DatabricksProxy}.
 *
 * <p>The pool is the starter's own, not Reactor Netty's global one, because its size and its
 * pending-acquire queue are what a burst of calls needs (Boot's settings have neither). It is made
 * when a client makes its {@code WebClient}, at the client's first request: that is most of what
 * the starter would otherwise add to an application's start (see benchmarks/RESULTS.md).
 *
 * <p>It runs on the event loops of the application's {@code ReactorResourceFactory} when that has
 * its own; on Reactor Netty's global ones (Spring Boot's default), which any application context
 * of the JVM disposes when it closes, it runs on loops of its own, closed with it.
 */
public final class TokensConnectionPool implements DisposableBean {

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

	private final HttpClientSettings settings;

	private final @Nullable DatabricksProxy proxy;

	/** The application's Reactor resources, used when they are its own rather than Reactor Netty's global ones. */
	private final @Nullable ReactorResourceFactory resources;

	/** Whether a request to a host goes through the proxy; compiled once, asked at each request. */
	private final Predicate<@Nullable String> proxied;

	private final ClientHttpConnector connector = this::connect;

	private volatile @Nullable Http http;

	private volatile boolean destroyed;

	TokensConnectionPool(int maxConnections, Duration pendingAcquireTimeout, HttpClientSettings settings,
			@Nullable DatabricksProxy proxy, @Nullable ReactorResourceFactory resources) {
		this.maxConnections = maxConnections;
		this.pendingAcquireTimeout = pendingAcquireTimeout;
		this.settings = settings;
		this.proxy = proxy;
		this.resources = resources;
		this.proxied = (proxy != null) ? proxy.usedFor() : (host) -> false;
	}

	/** The pool, made now if no client made it yet. */
	public ConnectionProvider provider() {
		return http().provider();
	}

	/** Whether a client (or {@link #provider()}) has made the pool yet. */
	public boolean isOpen() {
		return this.http != null;
	}

	/**
	 * The connector every client built by the auto-configuration starts from, the pool made now if
	 * no client made it yet. It fails every request once the context is closed.
	 */
	public ClientHttpConnector connector() {
		http();
		return this.connector;
	}

	/** The settings the connector was built with. */
	HttpClientSettings settings() {
		return this.settings;
	}

	/**
	 * Fails once the application context is closed, so that nothing is made or sent for a closed
	 * context.
	 */
	public void checkOpen() {
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
		Mono<ClientHttpResponse> response = made.connector().connect(method, uri, requestCallback);
		DatabricksProxy through = this.proxy;
		if (through == null || !this.proxied.test(uri.getHost())) {
			return response;
		}
		return response.onErrorMap(ProxyFailures::isAtTheProxy, (ex) -> ProxyFailures.translate(through, ex));
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
			LoopResources shared = applicationLoops();
			LoopResources own = (shared != null) ? null : LoopResources.create(NAME, LoopResources.DEFAULT_IO_WORKER_COUNT, true);
			LoopResources loops = (shared != null) ? shared : own;
			DatabricksProxy through = this.proxy;
			made = new Http(provider, own, ClientHttpConnectorBuilder.reactor()
				.withHttpClientFactory(() -> HttpClient.create(provider).runOn(loops))
				.withHttpClientCustomizer((httpClient) -> (through != null) ? through.applyTo(httpClient) : httpClient)
				.build(this.settings));
			this.http = made;
		}
		return made;
	}

	/**
	 * The event loops of the application's {@link ReactorResourceFactory} when it has its own
	 * (not Reactor Netty's global ones, which any context that closes disposes for every other in
	 * the JVM); otherwise none, and the pool runs on loops of its own, closed with it.
	 */
	private @Nullable LoopResources applicationLoops() {
		ReactorResourceFactory factory = this.resources;
		return (factory != null && !factory.isUseGlobalResources() && factory.isRunning()) ? factory.getLoopResources() : null;
	}

	/** Whether the pool runs on event loops of its own rather than the application's. */
	boolean hasOwnLoops() {
		Http made = this.http;
		return made != null && made.ownLoops() != null;
	}

	/**
	 * The secrets of the connection, for the clients to mask by value in what they log and throw:
	 * the proxy password, if any.
	 */
	public List<String> secrets() {
		String password = (this.proxy != null) ? this.proxy.password() : null;
		return (password != null) ? List.of(password) : List.of();
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
			LoopResources own = made.ownLoops();
			if (own != null) {
				own.disposeLater(Duration.ZERO, Duration.ofSeconds(5)).block(Duration.ofSeconds(10));
			}
		}
	}

	@Override
	public String toString() {
		return "TokensConnectionPool[" + NAME + ", maxConnections=" + this.maxConnections + ", proxy=" + this.proxy + "]";
	}

	private record Http(ConnectionProvider provider, @Nullable LoopResources ownLoops, ClientHttpConnector connector) {
	}

}
