package dev.dbtokens.client.autoconfigure.lifecycle;

import dev.dbtokens.client.rotation.RotationFailure;

import org.springframework.context.ApplicationEvent;

/**
 * Published when a step of a configured rotation fails (listing, creating or revoking); the
 * rotation retries it at its next check.
 */
public class TokenRotationFailedEvent extends ApplicationEvent {

	private static final long serialVersionUID = 1L;

	private final transient RotationFailure failure;

	/**
	 * Creates the event.
	 * @param failure what failed
	 */
	public TokenRotationFailedEvent(RotationFailure failure) {
		super(failure.rotation());
		this.failure = failure;
	}

	/**
	 * Returns what failed.
	 * @return the failed step, the token concerned and the exception
	 */
	public RotationFailure getFailure() {
		return this.failure;
	}

	@Override
	public String toString() {
		return "TokenRotationFailedEvent[" + this.failure + "]";
	}

}
