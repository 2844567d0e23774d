package dev.dbtokens.sample.demo;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import dev.dbtokens.client.PublicTokenInfo;
import dev.dbtokens.client.error.DatabricksApiException;
import dev.dbtokens.sample.TokenService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * The seed's walk-through, run once on start with {@code sample.demo=true}: create a 5-minute
 * token {@code sample-<time>}, list, revoke it, list again. Each step is logged; the token's
 * value never is. A failure is logged and does not stop the application.
 */
@Component
@ConditionalOnBooleanProperty("sample.demo")
public class WalkThrough implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(WalkThrough.class);

	private final TokenService tokens;

	private final Clock clock;

	WalkThrough(TokenService tokens, ObjectProvider<Clock> clock) {
		this.tokens = tokens;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	@Override
	public void run(ApplicationArguments args) {
		try {
			walk();
		}
		catch (DatabricksApiException ex) {
			logger.warn("Demo stopped: {}", ex.getMessage());
		}
	}

	private void walk() {
		String comment = "sample-" + this.clock.millis();
		PublicTokenInfo created = this.tokens.create(comment, Duration.ofMinutes(5)).block().tokenInfo();
		String id = created.tokenId();
		logger.info("Demo 1/4 create: token {} '{}' created, expires {}", id, comment, created.expiryTime());
		List<PublicTokenInfo> before = this.tokens.list().collectList().block();
		logger.info("Demo 2/4 list: {} token(s), the new one {}", before.size(), listed(before, id));
		this.tokens.revoke(id).block();
		logger.info("Demo 3/4 revoke: token {} revoked", id);
		List<PublicTokenInfo> after = this.tokens.list().collectList().block();
		logger.info("Demo 4/4 list: {} token(s), the new one {}", after.size(), listed(after, id));
	}

	private static String listed(List<PublicTokenInfo> tokens, String id) {
		return tokens.stream().anyMatch((token) -> token.tokenId().equals(id)) ? "listed" : "not listed";
	}

}
