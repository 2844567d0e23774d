package dev.dbtokens.client.rotation;

import dev.dbtokens.client.LogText;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Calls the {@link RotationListener} on a thread that may block, and logs what it tells it. A
 * listener that throws is logged, never allowed to stop the rotation. What came from the server
 * (token ids, failure messages) is escaped by {@link LogText} before it is logged.
 */
public final class RotationHandover {

	private static final Log logger = LogFactory.getLog(TokenRotation.class);

	/** Characters of a failure's message logged: the client's messages are shorter, a listener's own may not be. */
	private static final int MAX_MESSAGE_LENGTH = 2000;

	private final RotationListener listener;

	RotationHandover(RotationListener listener) {
		this.listener = listener;
	}

	Mono<Void> rotated(RotatedToken token) {
		return call(() -> {
			logger.info("Token rotation '" + token.rotation() + "': handing over token " + LogText.of(token.info().tokenId())
					+ " (expires " + token.info().expiryTime() + ")"
					+ ((token.previousTokenId() != null) ? ", replacing " + LogText.of(token.previousTokenId()) : ""));
			this.listener.rotated(token);
		}, token.rotation());
	}

	Mono<Void> failed(RotationFailure failure) {
		return call(() -> {
			logger.warn("Token rotation '" + failure.rotation() + "': " + describe(failure) + " failed, retrying at the next check: "
					+ LogText.bounded(String.valueOf(failure.error().getMessage()), MAX_MESSAGE_LENGTH));
			this.listener.failed(failure);
		}, failure.rotation());
	}

	private static String describe(RotationFailure failure) {
		return switch (failure.step()) {
			case LIST -> "listing the tokens";
			case CREATE -> "creating a new token";
			case REVOKE -> "revoking token " + LogText.of(failure.tokenId());
		};
	}

	private static Mono<Void> call(Runnable action, String rotation) {
		return Mono.fromRunnable(action)
			.subscribeOn(Schedulers.boundedElastic())
			.onErrorResume(RuntimeException.class, (ex) -> {
				logger.error("Token rotation '" + rotation + "': the rotation listener failed; the rotation goes on", ex);
				return Mono.empty();
			})
			.then();
	}

}
