package dev.dbtokens.test;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * One injected misbehaviour, applied to one request.
 *
 * @param kind what to do instead of (or besides) answering normally
 * @param response the answer for {@link Kind#RESPOND}
 * @param delay the wait for {@link Kind#DELAY}
 */
record Fault(Kind kind, @Nullable ApiResponse response, Duration delay) {

	static Fault respond(ApiResponse response) {
		return new Fault(Kind.RESPOND, response, Duration.ZERO);
	}

	static Fault of(Kind kind) {
		return new Fault(kind, null, Duration.ZERO);
	}

	static Fault delay(Duration delay) {
		return new Fault(Kind.DELAY, null, delay);
	}

	enum Kind {

		/** Answer with a canned response; the operation does not happen. */
		RESPOND,

		/** Wait, then handle the request normally. */
		DELAY,

		/** Drop the connection once the request was read; the operation does not happen. */
		RESET_BEFORE_HANDLING,

		/** Perform the operation, then drop the connection instead of answering. */
		RESET_AFTER_HANDLING

	}

}
