package dev.dbtokens.client.internal.call;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeoutException;

import dev.dbtokens.client.error.DatabricksApiException;
import dev.dbtokens.client.error.DeadlineExceededException;
import dev.dbtokens.client.internal.call.AttemptFailure;
import dev.dbtokens.client.internal.call.Delivery;
import dev.dbtokens.client.internal.call.Operation;
import dev.dbtokens.client.internal.call.RetryAfter;
import dev.dbtokens.client.internal.wire.ErrorAnswer;
import dev.dbtokens.client.internal.wire.Redaction;
import io.netty.handler.timeout.ReadTimeoutException;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.ClientResponse;

/**
 * Turns a {@link ClientResponse} into the decoded answer or a typed exception. Bodies are read as
 * bytes, never through the {@code String} decoder, which logs body excerpts at DEBUG.
 */
public final class AnswerReader {

	private static final byte[] EMPTY = new byte[0];

	/**
	 * The most this client buffers of one answer: a list of the 600 tokens a user may have is about
	 * 100 KB, far below; WebClient's default of 256 KiB would not leave that margin.
	 */
	public static final int MAX_BODY_BYTES = 16 << 20;

	private final String host;

	public AnswerReader(String host) {
		this.host = host;
	}

	public <T> Mono<T> read(Operation operation, ClientResponse response, Class<T> type) {
		int status = response.statusCode().value();
		MediaType contentType = response.headers().contentType().orElse(null);
		if (response.statusCode().is2xxSuccessful() && isJson(contentType)) {
			ClientResponse json = (contentType != null) ? response
					: response.mutate().headers((headers) -> headers.setContentType(MediaType.APPLICATION_JSON)).build();
			return json.bodyToMono(type)
				.onErrorMap((ex) -> !(ex instanceof DatabricksApiException) && !Delivery.isNetworkFault(ex),
						(ex) -> malformed(operation, status, ex))
				.switchIfEmpty(Mono.error(() -> malformed(operation, status, null)));
		}
		return failure(operation, response);
	}

	public Mono<Void> discard(Operation operation, ClientResponse response) {
		if (response.statusCode().is2xxSuccessful()) {
			return response.releaseBody();
		}
		return failure(operation, response);
	}

	private <T> Mono<T> failure(Operation operation, ClientResponse response) {
		int status = response.statusCode().value();
		String location = response.headers().asHttpHeaders().getFirst(HttpHeaders.LOCATION);
		String requestId = response.headers().asHttpHeaders().getFirst("x-request-id");
		Duration retryAfter = RetryAfter.parse(response.headers().asHttpHeaders().getFirst(HttpHeaders.RETRY_AFTER), Instant.now());
		Mono<T> failure = response.bodyToMono(byte[].class).defaultIfEmpty(EMPTY).flatMap((bytes) -> {
			String text = new String(bytes, StandardCharsets.UTF_8);
			if (ErrorMapper.isPrivateLink(location) || ErrorMapper.isPrivateLink(text)) {
				return Mono.error(ErrorMapper.privateLink(operation, this.host, status));
			}
			if (response.statusCode().is3xxRedirection()) {
				return Mono.error(new DatabricksApiException(operation + " failed: HTTP " + status + ": redirected to "
						+ Redaction.scrub(String.valueOf(location)) + "; check that the host is the workspace URL (" + this.host + ")", "",
						status, requestId, null));
			}
			if (response.statusCode().is2xxSuccessful()) {
				return Mono.error(malformed(operation, status, null));
			}
			if (!text.stripLeading().startsWith("{")) {
				return Mono.error(ErrorMapper.fromAnswer(operation, status, null, text, requestId));
			}
			return ClientResponse.create(response.statusCode(), response.strategies())
				.header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE)
				.body(text)
				.build()
				.bodyToMono(ErrorAnswer.class)
				.map((json) -> ErrorMapper.fromAnswer(operation, status, json, text, requestId))
				.onErrorResume((ex) -> Mono.just(ErrorMapper.fromAnswer(operation, status, null, text, requestId)))
				.flatMap(Mono::error);
		});
		return (retryAfter != null)
				? failure.onErrorMap(DatabricksApiException.class, (ex) -> new AttemptFailure(ex, retryAfter)) : failure;
	}

	/**
	 * The token an update's answer carries, unless that is another token than the one updated.
	 * @param answeredId the id of the token in the answer
	 */
	public <T> Mono<T> updated(Operation operation, String tokenId, T token, String answeredId) {
		if (answeredId.equals(tokenId)) {
			return Mono.just(token);
		}
		return Mono.error(new DatabricksApiException(operation + " changed the token " + Redaction.scrub(tokenId) + ", but its answer from "
				+ this.host + " describes another token (" + Redaction.scrub(answeredId) + "); check that the host is a Databricks workspace URL", "",
				200, null, null));
	}

	/** A success answer whose body is not the expected JSON. */
	public DatabricksApiException malformed(Operation operation, int status, @Nullable Throwable cause) {
		if (cause instanceof DataBufferLimitException) {
			return new DatabricksApiException(operation + " failed: an answer larger than "
					+ (MAX_BODY_BYTES >> 20) + " MiB from " + this.host + "; a Databricks answer is never that large: check that the host is a "
					+ "Databricks workspace URL", "", status, null, null);
		}
		String what = (cause == null) ? "an empty or non-JSON body" : "a body that is not the expected JSON";
		String message = operation + " failed: HTTP " + status + " with " + what + " from " + this.host
				+ "; check that the host is a Databricks workspace URL";
		if (cause == null || operation.answerCarriesSecret()) {
			// The decoder's message may quote the body, which holds a token value: keep neither.
			return new DatabricksApiException(message, "", status, null, null);
		}
		return new DatabricksApiException(message + " (" + Redaction.scrub(String.valueOf(cause.getMessage())) + ")", "", status,
				null, cause);
	}

	/**
	 * No answer: the request could not be sent, the connection broke, or no response came in time.
	 * The cause is the transport's own exception, not the {@code WebClient} wrapper around it, whose
	 * assembly trace would only repeat where the request was made.
	 */
	public DatabricksApiException noAnswer(Operation operation, Throwable ex) {
		Throwable root = NestedExceptionUtils.getMostSpecificCause(ex);
		if (root instanceof ReadTimeoutException || root instanceof TimeoutException) {
			return new DeadlineExceededException(
					operation + " failed: no response from " + this.host + " within the response timeout", "", 0, null, root);
		}
		String reason = (root.getMessage() != null) ? Redaction.scrub(root.getMessage()) : root.getClass().getSimpleName();
		return new DatabricksApiException(
				operation + " failed: no answer from " + this.host + " (" + reason + "); check the host and the network", "", 0, null,
				root);
	}

	private static boolean isJson(@Nullable MediaType contentType) {
		return contentType == null || contentType.isCompatibleWith(MediaType.APPLICATION_JSON)
				|| "json".equalsIgnoreCase(contentType.getSubtypeSuffix());
	}

}
