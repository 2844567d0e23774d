package dev.dbtokens.sample.rotation;

import java.util.concurrent.atomic.AtomicReference;

import dev.dbtokens.client.DatabricksCredentialsProvider;
import dev.dbtokens.client.autoconfigure.lifecycle.TokenRotatedEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.context.ApplicationListener;

/**
 * Authenticates with the configured token until the {@value #ROTATION} rotation hands over a token
 * of its own, then with each newest rotated token: the application keeps itself on short-lived
 * credentials. Replacing the {@link DatabricksCredentialsProvider} bean makes the starter's own
 * back off.
 */
public class SelfRotatingCredentials implements DatabricksCredentialsProvider, ApplicationListener<TokenRotatedEvent> {

	/** The name of the rotation whose tokens this application authenticates with. */
	public static final String ROTATION = "self";

	private static final Logger logger = LoggerFactory.getLogger(SelfRotatingCredentials.class);

	private final AtomicReference<DatabricksCredentialsProvider> current;

	/**
	 * Starts with the configured token.
	 * @param initialToken the token of {@code databricks.token}
	 */
	public SelfRotatingCredentials(String initialToken) {
		this.current = new AtomicReference<>(DatabricksCredentialsProvider.personalAccessToken(initialToken));
	}

	@Override
	public Mono<String> authorizationHeader() {
		return Mono.defer(() -> this.current.get().authorizationHeader());
	}

	@Override
	public String authType() {
		return "pat";
	}

	@Override
	public void onApplicationEvent(TokenRotatedEvent event) {
		if (ROTATION.equals(event.getRotation())) {
			this.current.set(DatabricksCredentialsProvider.personalAccessToken(event.getToken().value()));
			logger.info("Now authenticating with rotated token {} (expires {})", event.getToken().info().tokenId(),
					event.getToken().info().expiryTime());
		}
	}

	@Override
	public String toString() {
		return "SelfRotatingCredentials[" + ROTATION + "]";
	}

}
