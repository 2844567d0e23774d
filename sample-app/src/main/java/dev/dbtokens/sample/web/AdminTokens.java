package dev.dbtokens.sample.web;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import dev.dbtokens.client.TokenInfo;
import dev.dbtokens.client.TokenManagementClient;
import dev.dbtokens.client.lifecycle.RevocationReport;
import dev.dbtokens.client.lifecycle.TokenSweep;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Where the admin page reads and revokes tokens: the only class it asks. It uses the Token
 * Management API ({@link TokenManagementClient}, {@link TokenSweep}), so it sees every token of
 * the workspace, whoever created it; the application's principal must be a workspace admin.
 */
@Component
class AdminTokens {

	/** What "all tokens" covers, as the admin page says it. */
	static final String SCOPE = "every token of the workspace, whoever created it (Token Management API, "
			+ "as the workspace admin this application authenticates as)";

	private final TokenManagementClient client;

	private final Clock clock;

	AdminTokens(TokenManagementClient client, ObjectProvider<Clock> clock) {
		this.client = client;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/**
	 * Lists every token of the workspace.
	 */
	Flux<TokenInfo> all() {
		return this.client.list();
	}

	/**
	 * Lists the tokens that expire within a window from now, expired ones still listed included.
	 */
	Flux<TokenInfo> expiringWithin(Duration window) {
		return sweep().expiringWithin(window).dryRun().flatMapIterable((tokens) -> tokens);
	}

	/**
	 * Finds the tokens that break the rule, and revokes nothing.
	 */
	Mono<List<TokenInfo>> dryRun(ComplianceRule rule) {
		return sweep(rule).dryRun();
	}

	/**
	 * Revokes the chosen tokens that still break the rule; the report says what happened to each.
	 */
	Mono<RevocationReport> revoke(ComplianceRule rule, Set<String> chosen) {
		Set<String> ids = Set.copyOf(chosen);
		return sweep(rule).matching("chosen after the dry run", (token) -> ids.contains(token.tokenId())).revoke();
	}

	private TokenSweep sweep(ComplianceRule rule) {
		return sweep().matching(rule.describe(), (token) -> rule.violation(token.toPublicTokenInfo()).isPresent());
	}

	private TokenSweep sweep() {
		return TokenSweep.of(this.client).withClock(this.clock);
	}

}
