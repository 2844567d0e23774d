package dev.dbtokens.client.internal.call;

import java.time.Duration;

import dev.dbtokens.client.error.UnauthenticatedException;
import dev.dbtokens.client.internal.call.Delivery;
import dev.dbtokens.client.internal.call.RetryRules;
import org.jspecify.annotations.Nullable;

/**
 * The credentials could not be obtained (the OAuth token request failed), so nothing was sent to
 * the workspace: whatever the token request met, the call's outcome is known. Callers see an
 * {@link UnauthenticatedException}; this type only tells {@link Delivery} where the failure came
 * from, and {@link RetryRules} what the token endpoint did: its HTTP status ({@code 0} when it did
 * not answer, the network fault then being the cause) and the wait its {@code Retry-After} asked for.
 */
public final class CredentialsFailureException extends UnauthenticatedException {

	private final @Nullable Duration retryAfter;

	public CredentialsFailureException(String message, int httpStatus, @Nullable Throwable cause) {
		this(message, httpStatus, cause, null);
	}

	public CredentialsFailureException(String message, int httpStatus, @Nullable Throwable cause, @Nullable Duration retryAfter) {
		super(message, "", httpStatus, null, cause);
		this.retryAfter = retryAfter;
	}

	/** The wait the token endpoint (or discovery) asked for with {@code Retry-After}, or {@code null}. */
	public @Nullable Duration retryAfter() {
		return this.retryAfter;
	}

	/** The same failure with another message (the attempts of the call summarised). */
	public CredentialsFailureException withMessage(String message) {
		return new CredentialsFailureException(message, httpStatus(), getCause(), this.retryAfter);
	}

}
