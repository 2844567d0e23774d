package dev.dbtokens.client;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * The failure of one attempt of a call, with the wait the server asked for. Internal: it never
 * reaches the caller, who gets {@link #error()} (or the exception made from it when the call ends).
 */
final class AttemptFailure extends RuntimeException {

	private final Throwable error;

	private final @Nullable Duration retryAfter;

	AttemptFailure(Throwable error, @Nullable Duration retryAfter) {
		super(error.getMessage(), error, false, false);
		this.error = error;
		this.retryAfter = retryAfter;
	}

	/** The typed exception of this attempt, or the local failure as it was thrown. */
	Throwable error() {
		return this.error;
	}

	/** The wait asked for by the answer's {@code Retry-After}, or {@code null}. */
	@Nullable Duration retryAfter() {
		return this.retryAfter;
	}

	Delivery delivery() {
		return Delivery.of(this.error);
	}

}
