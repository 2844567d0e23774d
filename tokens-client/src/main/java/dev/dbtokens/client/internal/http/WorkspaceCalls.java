package dev.dbtokens.client.internal.http;

import java.util.function.Function;

import dev.dbtokens.client.RetrySettings;
import dev.dbtokens.client.internal.call.AnswerReader;
import dev.dbtokens.client.internal.call.Backoff;
import dev.dbtokens.client.internal.call.DeadlineTimer;
import dev.dbtokens.client.internal.call.Operation;
import dev.dbtokens.client.internal.call.RateLimiter;
import dev.dbtokens.client.internal.call.ResilientCalls;
import dev.dbtokens.client.internal.call.TokensObservation;
import dev.dbtokens.client.internal.wire.WireLogger;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The call path every client of one workspace shares: its {@link WebClient} (made at the first
 * request, with the credentials, the wire log and the connection), the reading of answers into
 * typed exceptions, retries and the rate limit ({@link ResilientCalls}) and the observation. Each
 * operation is observed as a whole, all attempts and waits included.
 */
public final class WorkspaceCalls {

	private final LazyWebClient webClient;

	private final AnswerReader answers;

	private final ResilientCalls calls;

	private final TokensObservation observation;

	public WorkspaceCalls(LazyWebClient webClient, String host, RetrySettings retry, RateLimiter rateLimiter,
			TokensObservation observation) {
		this.webClient = webClient;
		this.answers = new AnswerReader(host);
		this.calls = new ResilientCalls(this.answers, host, retry, rateLimiter, new Backoff(), DeadlineTimer.WHEEL);
		this.observation = observation;
	}

	private WorkspaceCalls(WorkspaceCalls calls, RetrySettings retry) {
		this.webClient = calls.webClient;
		this.answers = calls.answers;
		this.calls = calls.calls.withSettings(retry);
		this.observation = calls.observation;
	}

	/** The same calls with other retry settings, sharing the connection and the rate limit. */
	public WorkspaceCalls withRetry(RetrySettings retry) {
		return new WorkspaceCalls(this, retry);
	}

	public RetrySettings retrySettings() {
		return this.calls.settings();
	}

	public AnswerReader answers() {
		return this.answers;
	}

	/**
	 * Runs an operation: observed as a whole, sent as attempts by {@link ResilientCalls}, each on
	 * the client's {@code WebClient}.
	 * @param comment the comment of the token to create (for operations that create one), else {@code null}
	 */
	public <T> Mono<T> send(Operation operation, @Nullable String comment, Function<WebClient, Mono<T>> exchange) {
		return this.observation.observe(operation, this.calls.run(operation, comment, () -> this.webClient.call(exchange)));
	}

	/** The request with a JSON body, the body also kept for the wire log. */
	public static WebClient.RequestHeadersSpec<?> withJson(WebClient.RequestBodySpec request, Object body) {
		return request.attribute(WireLogger.BODY, body).contentType(MediaType.APPLICATION_JSON).bodyValue(body);
	}

	@Override
	public String toString() {
		return this.calls.toString();
	}

}
