package dev.dbtokens.client.internal.wire;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;

/**
 * Logs each attempt on the wire at DEBUG under {@code dev.dbtokens.wire}: method, path, status,
 * duration, headers and the answer's body, with credentials redacted, and everything from outside
 * (path, headers, bodies, a request's comment) escaped and truncated by {@link Redaction}. Costs
 * nothing when DEBUG is off: the body is buffered only when it is logged.
 */
public final class WireLogger implements ExchangeFilterFunction {

	public static final Logger logger = LoggerFactory.getLogger("dev.dbtokens.wire");

	/** Request attribute holding the request's body object, logged through its {@code toString()}. */
	public static final String BODY = WireLogger.class.getName() + ".body";

	private static final Pattern SECRET_FIELDS = Pattern.compile(
			"(\"(?:token_value|access_token|refresh_token|client_secret|token|id_token)\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*\"");

	private final int maxBodyLength;

	public WireLogger(int maxBodyLength) {
		this.maxBodyLength = maxBodyLength;
	}

	@Override
	public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
		if (!logger.isDebugEnabled()) {
			return next.exchange(request);
		}
		long start = System.nanoTime();
		String call = request.method() + " " + Redaction.scrub(String.valueOf(request.url().getRawPath()));
		logger.debug("--> {} headers={} body={}", call, headers(request.headers()),
				request.attribute(BODY).map((body) -> redactBody(String.valueOf(body), this.maxBodyLength)).orElse(""));
		return next.exchange(request)
			.doOnError((ex) -> logger.debug("<-- {} failed after {} ms: {}", call, millis(start), Redaction.scrub(ex.toString())))
			.flatMap((response) -> response.bodyToMono(byte[].class).defaultIfEmpty(new byte[0]).map((bytes) -> {
				String body = new String(bytes, StandardCharsets.UTF_8);
				logger.debug("<-- {} {} in {} ms headers={} body={}", call, response.statusCode().value(), millis(start),
						headers(response.headers().asHttpHeaders()), redactBody(body, this.maxBodyLength));
				return (bytes.length == 0) ? response.mutate().body(Flux.empty()).build() : response.mutate().body(body).build();
			}).onErrorResume(DataBufferLimitException.class, (ex) -> {
				// Too large to buffer: the answer is handed on failing as it would without the log,
				// so that what the call means (a create that may have made a token) does not depend on it.
				logger.debug("<-- {} {} in {} ms headers={} body larger than the buffer", call, response.statusCode().value(),
						millis(start), headers(response.headers().asHttpHeaders()));
				return Mono.just(response.mutate().body(Flux.error(ex)).build());
			}));
	}

	public static String headers(HttpHeaders headers) {
		StringBuilder text = new StringBuilder("{");
		headers.forEach((name, values) -> {
			String lower = name.toLowerCase(Locale.ROOT);
			boolean secret = lower.equals("authorization") || lower.equals("proxy-authorization") || lower.contains("cookie")
					|| lower.contains("token") || lower.contains("secret");
			text.append((text.length() > 1) ? ", " : "")
				.append(Redaction.scrub(name))
				.append('=')
				.append(secret ? "<redacted>" : Redaction.scrub(String.valueOf(values)));
		});
		return text.append('}').toString();
	}

	/** Masks secret fields and values, escapes control characters and keeps the first {@code maxLength} characters. */
	public static String redactBody(String body, int maxLength) {
		return Redaction.scrub(SECRET_FIELDS.matcher(body).replaceAll("$1\"<redacted>\""), maxLength);
	}

	private static long millis(long start) {
		return (System.nanoTime() - start) / 1_000_000;
	}

}
