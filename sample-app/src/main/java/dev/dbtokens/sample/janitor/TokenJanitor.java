package dev.dbtokens.sample.janitor;

import java.time.Clock;
import java.time.Instant;

import dev.dbtokens.client.PublicTokenInfo;
import dev.dbtokens.client.error.DatabricksApiException;
import dev.dbtokens.client.lifecycle.TokenLifecycle;
import dev.dbtokens.sample.JanitorProperties;
import dev.dbtokens.sample.LogText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * Revokes the tokens whose comment starts with {@code sample.janitor.comment-prefix} and that
 * were created longer than {@code sample.janitor.max-age} ago, through the starter's
 * {@link TokenLifecycle}: a token revoked by someone else meanwhile counts as gone, one that cannot
 * be revoked is logged and left for the next sweep, and a sweep that cannot list the tokens is
 * logged and tried again at the next interval.
 */
public class TokenJanitor implements Runnable {

	private static final Logger logger = LoggerFactory.getLogger(TokenJanitor.class);

	private final TokenLifecycle lifecycle;

	private final JanitorProperties settings;

	private final Clock clock;

	/**
	 * Creates a janitor.
	 * @param lifecycle the starter's lifecycle operations, to find and revoke with
	 * @param settings which tokens to revoke
	 * @param clock the clock that tells a token's age
	 */
	public TokenJanitor(TokenLifecycle lifecycle, JanitorProperties settings, Clock clock) {
		this.lifecycle = lifecycle;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Sweeps once.
	 * @return how many tokens were revoked
	 */
	public Mono<Long> sweep() {
		Instant cutoff = this.clock.instant().minus(this.settings.getMaxAge());
		return this.lifecycle.find((token) -> isStale(token, cutoff))
			.collectMap(PublicTokenInfo::tokenId)
			.flatMap((stale) -> this.lifecycle.revoke(stale.keySet()).map((report) -> {
				report.revoked().forEach((id) -> logger.info("Janitor revoked token {} ({}, created {})", id,
						LogText.comment(stale.get(id).comment()), stale.get(id).creationTime()));
				report.failed().forEach((id, ex) -> logger.warn("Janitor could not revoke token {}, trying again in {}: {}", id,
						this.settings.getInterval(), ex.getMessage()));
				return (long) report.revoked().size();
			}));
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
