package dev.dbtokens.client.error;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A {@code token/create} request may have reached the server, but no usable answer came back (the
 * connection broke after the request was written, no response came in time, or the answer could
 * not be read). A token may therefore exist that nobody holds the value of. It is not retried, so
 * that a second token is never made: list the tokens, look for the {@link #comment()} created at or
 * after {@link #requestedAt()}, and revoke the token if you do not use it.
 */
public class TokenCreationOutcomeUnknownException extends DatabricksApiException {

	private final @Nullable String comment;

	private final Instant requestedAt;

	/**
	 * Creates an exception.
	 * @param message what happened and how to find and revoke the token, never a secret
	 * @param httpStatus the HTTP status when an unreadable answer came, or {@code 0}
	 * @param requestId the server's request id, or {@code null}
	 * @param cause the underlying failure, or {@code null}
	 * @param comment the comment of the token that may exist, or {@code null} when none was given
	 * @param requestedAt when the first create request of the call was sent (client clock)
	 */
	public TokenCreationOutcomeUnknownException(String message, int httpStatus, @Nullable String requestId,
			@Nullable Throwable cause, @Nullable String comment, Instant requestedAt) {
		super(message, "", httpStatus, requestId, cause);
		this.comment = comment;
		this.requestedAt = requestedAt;
	}

	/**
	 * Returns the comment the token was requested with.
	 * @return the comment of the token that may exist, or {@code null} when none was given
	 */
	public @Nullable String comment() {
		return this.comment;
	}

	/**
	 * Returns when the create call started; a token it made has a creation time at or after this
	 * (allow for clock skew between this host and the workspace).
	 * @return the instant the first create request was sent, by the client's clock
	 */
	public Instant requestedAt() {
		return this.requestedAt;
	}

}
