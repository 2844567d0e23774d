package dev.dbtokens.client.rotation;

/**
 * Receives what a {@link TokenRotation} does. Called on a thread that may block (Reactor's
 * bounded-elastic scheduler), one call at a time per rotation.
 */
public interface RotationListener {

	/**
	 * Receives a new token. The grace period of the token it replaces starts when this method
	 * returns, so switch to the new value here (or store it) before returning.
	 * @param token the new token, with its value
	 */
	void rotated(RotatedToken token);

	/**
	 * Receives a failed step; the rotation retries it at the next check. Does nothing by default
	 * (failures are logged at WARN either way).
	 * @param failure what failed
	 */
	default void failed(RotationFailure failure) {
	}

}
