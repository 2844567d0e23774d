package dev.dbtokens.client.internal.call;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * The failure of one attempt of a call, with the wait the server asked for and how far the request
 * got. Internal: it never reaches the caller, who gets {@link #error()} (or the exception made from
 * it when the call ends).
 */
public final class AttemptFailure extends RuntimeException {

	private final Throwable error;

	private final @Nullable Duration retryAfter;

	private final Delivery delivery;

	public AttemptFailure(Throwable error, @Nullable Duration retryAfter) {
		this(error, retryAfter, Delivery.of(error));
	}

	public AttemptFailure(Throwable error, @Nullable Duration retryAfter, Delivery delivery) {
		super(error.getMessage(), error, false, false);
		this.error = error;
		this.retryAfter = retryAfter;
		this.delivery = delivery;
	}

	/** The typed exception of this attempt, or the local failure as it was thrown. */
	public Throwable error() {
		return this.error;
	}

	/** The wait asked for by the answer's {@code Retry-After}, or {@code null}. */
	public @Nullable Duration retryAfter() {
		return this.retryAfter;
	}

	public Delivery delivery() {
		return this.delivery;
	}

}
