package dev.dbtokens.client.autoconfigure.lifecycle;

import dev.dbtokens.client.rotation.RotatedToken;
import dev.dbtokens.client.rotation.RotationFailure;
import dev.dbtokens.client.rotation.RotationListener;

import org.springframework.context.ApplicationEventPublisher;

/**
 * Turns what a rotation tells into {@link TokenRotatedEvent} and {@link TokenRotationFailedEvent}.
 */
public final class EventPublishingRotationListener implements RotationListener {

	private final ApplicationEventPublisher publisher;

	EventPublishingRotationListener(ApplicationEventPublisher publisher) {
		this.publisher = publisher;
	}

	@Override
	public void rotated(RotatedToken token) {
		this.publisher.publishEvent(new TokenRotatedEvent(token));
	}

	@Override
	public void failed(RotationFailure failure) {
		this.publisher.publishEvent(new TokenRotationFailedEvent(failure));
	}

}
