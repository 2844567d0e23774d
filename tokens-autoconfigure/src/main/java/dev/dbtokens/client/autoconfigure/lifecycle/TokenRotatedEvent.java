package dev.dbtokens.client.autoconfigure.lifecycle;

import dev.dbtokens.client.rotation.RotatedToken;

import org.springframework.context.ApplicationEvent;

/**
 * Published when a configured rotation hands over a new token. Listeners run on a thread that may
 * block; the grace period of the replaced token starts when they return. {@link #toString()}
 * never shows the token value.
 *
 * <pre class="code">
 * &#64;EventListener
 * void onRotated(TokenRotatedEvent event) {
 *     if (event.getRotation().equals("etl")) {
 *         secrets.store("etl-token", event.getToken().value());
 *     }
 * }
 * </pre>
 */
public class TokenRotatedEvent extends ApplicationEvent {

	private static final long serialVersionUID = 1L;

	private final transient RotatedToken token;

	/**
	 * Creates the event.
	 * @param token the new token, with its value
	 */
	public TokenRotatedEvent(RotatedToken token) {
		super(token.rotation());
		this.token = token;
	}

	/**
	 * Returns the name of the rotation.
	 * @return the name, as in {@code databricks.rotation.<name>}
	 */
	public String getRotation() {
		return this.token.rotation();
	}

	/**
	 * Returns the new token.
	 * @return the token, with its value and the id of the token it replaces
	 */
	public RotatedToken getToken() {
		return this.token;
	}

	@Override
	public String toString() {
		return "TokenRotatedEvent[" + this.token + "]";
	}

}
