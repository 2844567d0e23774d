package dev.dbtokens.test;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * A fault being described: which requests it hits ({@link #matching}) and what happens to
 * them (one terminal method, which queues the fault and returns the {@link Faults} for
 * chaining). Without {@code matching}, the fault hits requests of any operation.
 */
public final class FaultSpec {

	private final Faults faults;

	private final int count;

	private Set<Operation> operations = Set.of();

	FaultSpec(Faults faults, int count) {
		this.faults = faults;
		this.count = count;
	}

	/**
	 * Restricts the fault to requests of the given operations.
	 * @param operation an operation the fault hits
	 * @param more further operations the fault hits
	 * @return this spec
	 */
	public FaultSpec matching(Operation operation, Operation... more) {
		this.operations = Set.copyOf(EnumSet.of(operation, more));
		return this;
	}

	/**
	 * Answers with this status and a Databricks error body instead of handling the request
	 * (429 {@code REQUEST_LIMIT_EXCEEDED}, 500 {@code INTERNAL_ERROR}, 503
	 * {@code TEMPORARILY_UNAVAILABLE}, ...).
	 * @param status the HTTP status
	 * @return the fault queue
	 */
	public Faults respond(int status) {
		return add(Fault.respond(ApiResponse.error(requireStatus(status), errorCode(status), "Injected fault.",
				Map.of())));
	}

	/**
	 * Answers like {@link #respond(int)}, with a {@code Retry-After} header in whole seconds
	 * (rounded up).
	 * @param status the HTTP status
	 * @param retryAfter the delay to announce
	 * @return the fault queue
	 */
	public Faults respond(int status, Duration retryAfter) {
		long seconds = retryAfter.plusNanos(999_999_999).toSeconds();
		return add(Fault.respond(ApiResponse.error(requireStatus(status), errorCode(status), "Injected fault.",
				Map.of("Retry-After", Long.toString(seconds)))));
	}

	/**
	 * Answers 429 {@code REQUEST_LIMIT_EXCEEDED} with a {@code Retry-After} header.
	 * @param retryAfter the delay to announce
	 * @return the fault queue
	 */
	public Faults tooManyRequests(Duration retryAfter) {
		return respond(429, retryAfter);
	}

	/**
	 * Answers 503 {@code TEMPORARILY_UNAVAILABLE}.
	 * @return the fault queue
	 */
	public Faults status503() {
		return respond(503);
	}

	/**
	 * Answers with an arbitrary body, e.g. the HTML page of a gateway or a login redirect.
	 * @param status the HTTP status
	 * @param contentType the {@code Content-Type} header
	 * @param body the body
	 * @return the fault queue
	 */
	public Faults respondWith(int status, String contentType, String body) {
		return add(Fault.respond(ApiResponse.raw(requireStatus(status), contentType, body)));
	}

	/**
	 * Reads the request, then closes the connection without answering; the operation does
	 * not happen.
	 * @return the fault queue
	 */
	public Faults resetBeforeHandling() {
		return add(Fault.of(Fault.Kind.RESET_BEFORE_HANDLING));
	}

	/**
	 * Performs the operation (a create does mint the token), then closes the connection
	 * without answering: the client cannot tell whether it happened.
	 * @return the fault queue
	 */
	public Faults resetAfterHandling() {
		return add(Fault.of(Fault.Kind.RESET_AFTER_HANDLING));
	}

	/**
	 * Waits, then handles the request normally.
	 * @param delay how long to wait before handling
	 * @return the fault queue
	 */
	public Faults delay(Duration delay) {
		if (delay.isNegative()) {
			throw new IllegalArgumentException("delay must not be negative, got " + delay);
		}
		return add(Fault.delay(delay));
	}

	private static int requireStatus(int status) {
		if (status < 100 || status > 599) {
			throw new IllegalArgumentException("status must be between 100 and 599, got " + status);
		}
		return status;
	}

	private Faults add(Fault fault) {
		this.faults.add(this.operations, this.count, fault);
		return this.faults;
	}

	private static String errorCode(int status) {
		return switch (status) {
			case 400 -> "BAD_REQUEST";
			case 401 -> "UNAUTHENTICATED";
			case 403 -> "PERMISSION_DENIED";
			case 404 -> "NOT_FOUND";
			case 409 -> "RESOURCE_CONFLICT";
			case 429 -> "REQUEST_LIMIT_EXCEEDED";
			case 500 -> "INTERNAL_ERROR";
			case 501 -> "NOT_IMPLEMENTED";
			case 503 -> "TEMPORARILY_UNAVAILABLE";
			case 504 -> "DEADLINE_EXCEEDED";
			default -> "INJECTED_FAULT";
		};
	}

}
