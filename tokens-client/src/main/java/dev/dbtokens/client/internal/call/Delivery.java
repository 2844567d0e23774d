package dev.dbtokens.client.internal.call;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLHandshakeException;

import dev.dbtokens.client.error.DatabricksApiException;
import dev.dbtokens.client.internal.call.CredentialsFailureException;
import org.jspecify.annotations.Nullable;
import reactor.netty.channel.AbortedException;

import org.springframework.core.codec.CodecException;
import org.springframework.web.reactive.function.client.WebClientRequestException;

/**
 * How far a failed request got, read from its exception chain. What Reactor Netty signals (checked
 * with WireMock faults): a refused or timed-out connect is a {@link ConnectException}, an unknown
 * host an {@link UnknownHostException}, a full pool a {@code PoolAcquireTimeoutException} or
 * {@code PoolAcquirePendingLimitException}, a failed TLS handshake an {@link SSLHandshakeException}
 * (checked with WireMock's self-signed certificate): nothing was written. A connection reset after the
 * request ({@code NativeIoException: Connection reset by peer}), a close before or during the
 * response ({@code PrematureCloseException}) and the response timeout
 * ({@code ReadTimeoutException}) come after the request was written: the server may have acted.
 */
public enum Delivery {

	/** The request was never written: no connection, no name, no pooled connection, no TLS session. */
	NOT_SENT,

	/** The request may have reached the server, but no complete answer came back. */
	NO_ANSWER,

	/** The server (or a proxy in front of it) answered with an HTTP status. */
	ANSWERED,

	/**
	 * The client failed before any request went to the workspace (the credentials could not be
	 * obtained, the body could not be encoded): not a network fault.
	 */
	LOCAL;

	public static Delivery of(Throwable failure) {
		if (failure instanceof CredentialsFailureException || find(failure, CodecException.class) != null) {
			return LOCAL;
		}
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (isBeforeWriting(cause)) {
				return NOT_SENT;
			}
		}
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (isTransport(cause)) {
				return NO_ANSWER;
			}
		}
		if (failure instanceof DatabricksApiException api && api.httpStatus() > 0) {
			return ANSWERED;
		}
		return LOCAL;
	}

	/** Whether the failure is a network fault (as opposed to an answer or a local failure). */
	public static boolean isNetworkFault(Throwable failure) {
		Delivery delivery = of(failure);
		return delivery == NOT_SENT || delivery == NO_ANSWER;
	}

	private static boolean isBeforeWriting(Throwable cause) {
		// Reactor Netty shades its pool: match the pool's exceptions by name, not by a shaded import.
		// The TLS handshake (an untrusted certificate, its timeout) ends before the request is written.
		return cause instanceof ConnectException || cause instanceof UnknownHostException
				|| cause instanceof NoRouteToHostException || cause instanceof SSLHandshakeException
				|| cause.getClass().getSimpleName().startsWith("PoolAcquire");
	}

	private static boolean isTransport(Throwable cause) {
		return cause instanceof WebClientRequestException || cause instanceof IOException || cause instanceof TimeoutException
				|| cause instanceof io.netty.handler.timeout.TimeoutException || cause instanceof AbortedException;
	}

	private static <T extends Throwable> @Nullable T find(Throwable failure, Class<T> type) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
		}
		return null;
	}

}
