package dev.dbtokens.client.internal.http;

import java.net.URI;
import java.util.function.Predicate;

import reactor.core.publisher.Mono;

import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.util.DefaultUriBuilderFactory;

/**
 * What a client takes from the {@code WebClient.Builder} it starts from, and what it never takes:
 * its requests are built on the workspace URL whatever {@code uriBuilderFactory} or
 * {@code baseUrl} the builder carries, no codec logs request details (headers and form fields hold
 * credentials), and a last filter refuses any request that something else moved off the allowed
 * hosts, before anything is sent.
 */
public final class RequestIsolation {

	private RequestIsolation() {
	}

	/**
	 * Applies the isolation last, over everything the given builder carries.
	 * @param baseUrl the normalised workspace URL, e.g. {@code https://adb-1.azuredatabricks.net}
	 * @param allowed which request URLs may leave
	 */
	public static WebClient.Builder apply(WebClient.Builder builder, String baseUrl, Predicate<URI> allowed) {
		return builder.uriBuilderFactory(new DefaultUriBuilderFactory(baseUrl))
			.codecs((codecs) -> codecs.defaultCodecs().enableLoggingRequestDetails(false))
			.filter(guard(allowed));
	}

	/** Whether a URL has the scheme, host and port of the workspace. */
	public static Predicate<URI> sameOrigin(String baseUrl) {
		URI base = URI.create(baseUrl);
		return (uri) -> base.getScheme().equalsIgnoreCase(uri.getScheme()) && base.getHost().equalsIgnoreCase(uri.getHost())
				&& port(base) == port(uri);
	}

	private static ExchangeFilterFunction guard(Predicate<URI> allowed) {
		return (request, next) -> {
			URI url = request.url();
			if (!allowed.test(url)) {
				return Mono.error(new IllegalStateException("Refused to send " + request.method() + " to " + url.getScheme() + "://"
						+ url.getHost() + ((url.getPort() != -1) ? ":" + url.getPort() : "") + ": it is not the workspace host (a "
						+ "filter or the uriBuilderFactory of the application's WebClient.Builder moved the request)"));
			}
			return next.exchange(request);
		};
	}

	private static int port(URI uri) {
		if (uri.getPort() != -1) {
			return uri.getPort();
		}
		return "http".equalsIgnoreCase(uri.getScheme()) ? 80 : 443;
	}

}
