package dev.dbtokens.client;

import dev.dbtokens.client.error.UnauthenticatedException;
import org.jspecify.annotations.Nullable;

/**
 * The credentials could not be obtained (the OAuth token request failed), so nothing was sent to
 * the workspace: whatever the token request met, the call's outcome is known. Callers see an
 * {@link UnauthenticatedException}; this type only tells {@link Delivery} where the failure came
 * from.
 */
final class CredentialsFailureException extends UnauthenticatedException {

	CredentialsFailureException(String message, int httpStatus, @Nullable Throwable cause) {
		super(message, "", httpStatus, null, cause);
	}

}
