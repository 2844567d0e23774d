package dev.dbtokens.client.internal.http;

import java.util.function.Function;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.web.reactive.function.client.WebClient;

/**
 * A client's {@link WebClient}, made at its first request rather than while the application
 * starts. Making it loads the HTTP stack and, under the auto-configuration, creates Boot's
 * {@code WebClient.Builder} and runs the customizers: a first request on a non-blocking thread (an
 * event loop) makes it on {@code boundedElastic} instead. A failure is not kept: the next request
 * tries again.
 */
public final class LazyWebClient {

	private final Supplier<WebClient> factory;

	private volatile @Nullable WebClient made;

	public LazyWebClient(Supplier<WebClient> factory) {
		this.factory = factory;
	}

	/** Runs a call on the {@code WebClient}, made first when no request has made it yet. */
	public <T> Mono<T> call(Function<WebClient, Mono<T>> call) {
		WebClient webClient = this.made;
		if (webClient != null) {
			return call.apply(webClient);
		}
		Mono<WebClient> making = Mono.fromCallable(this::make);
		if (Schedulers.isInNonBlockingThread()) {
			making = making.subscribeOn(Schedulers.boundedElastic());
		}
		return making.flatMap(call);
	}

	private synchronized WebClient make() {
		WebClient webClient = this.made;
		if (webClient == null) {
			try {
				webClient = this.factory.get();
			}
			catch (RuntimeException ex) {
				throw new IllegalStateException("Could not make the WebClient of the Databricks tokens client at its first "
						+ "request: " + ex.getMessage() + " (check the TokensClientCustomizer beans and the application's "
						+ "WebClient.Builder)", ex);
			}
			this.made = webClient;
		}
		return webClient;
	}

}
