package dev.dbtokens.sample.janitor;

import java.time.Clock;
import java.time.Instant;

import dev.dbtokens.client.PublicTokenInfo;
import dev.dbtokens.client.error.DatabricksApiException;
import dev.dbtokens.client.error.ResourceDoesNotExistException;
import dev.dbtokens.sample.SampleProperties;
import dev.dbtokens.sample.TokenService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * Revokes the tokens whose comment starts with {@code sample.janitor.comment-prefix} and that
 * were created longer than {@code sample.janitor.max-age} ago. A token revoked by someone else
 * meanwhile is skipped; other failures end the sweep and are logged, and the next sweep tries
 * again.
 */
public class TokenJanitor implements Runnable {

	private static final Logger logger = LoggerFactory.getLogger(TokenJanitor.class);

	private final TokenService tokens;

	private final SampleProperties.Janitor settings;

	private final Clock clock;

	/**
	 * Creates a janitor.
	 * @param tokens the service to list and revoke with
	 * @param settings which tokens to revoke
	 * @param clock the clock that tells a token's age
	 */
	public TokenJanitor(TokenService tokens, SampleProperties.Janitor settings, Clock clock) {
		this.tokens = tokens;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Sweeps once.
	 * @return how many tokens were revoked
	 */
	public Mono<Long> sweep() {
		Instant cutoff = this.clock.instant().minus(this.settings.getMaxAge());
		return this.tokens.list()
			.filter((token) -> isStale(token, cutoff))
			.concatMap((token) -> this.tokens.revoke(token.tokenId())
				.doOnSuccess((done) -> logger.info("Janitor revoked token {} ('{}', created {})", token.tokenId(),
						token.comment(), token.creationTime()))
				.thenReturn(token)
				.onErrorResume(ResourceDoesNotExistException.class, (ex) -> Mono.empty()))
			.count();
	}

	/**
	 * Sweeps once and waits for it: the scheduled task.
	 */
	@Override
	public void run() {
		try {
			Long revoked = sweep().block();
			logger.debug("Janitor sweep revoked {} token(s)", revoked);
		}
		catch (DatabricksApiException ex) {
			logger.warn("Janitor sweep failed, trying again in {}: {}", this.settings.getInterval(), ex.getMessage());
		}
	}

	private boolean isStale(PublicTokenInfo token, Instant cutoff) {
		return token.comment() != null && token.comment().startsWith(this.settings.getCommentPrefix())
				&& token.creationTime() != null && token.creationTime().isBefore(cutoff);
	}

}
