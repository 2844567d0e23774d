package dev.dbtokens.sample.web;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import dev.dbtokens.client.TokenInfo;
import dev.dbtokens.client.TokenManagementClient;
import dev.dbtokens.client.TokensClient;
import dev.dbtokens.client.error.NotFoundException;
import dev.dbtokens.client.lifecycle.RevocationReport;
import dev.dbtokens.client.lifecycle.TokenSweep;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Where the admin page reads and revokes tokens: the only class it asks. It uses the Token
 * Management API ({@link TokenManagementClient}, {@link TokenSweep}), so it sees every token of
 * the workspace, whoever created it; the application's principal must be a workspace admin. The
 * sweep touches only tokens that principal created (found through its own {@link TokensClient}).
 */
@Component
class AdminTokens {

	/** What "all tokens" covers, as the admin page says it. */
	static final String SCOPE = "every token of the workspace, whoever created it (Token Management API, "
			+ "as the workspace admin this application authenticates as)";

	private final TokenManagementClient client;

	private final TokensClient own;

	private final Clock clock;

	/** The id {@link #creators()} found, once found. */
	private volatile @Nullable Long creator;

	AdminTokens(TokenManagementClient client, TokensClient own, ObjectProvider<Clock> clock) {
		this.client = client;
		this.own = own;
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
		return sweep(rule).flatMap(TokenSweep::dryRun);
	}

	/**
	 * Revokes the chosen tokens that still break the rule; the report says what happened to each.
	 */
	Mono<RevocationReport> revoke(ComplianceRule rule, Set<String> chosen) {
		Set<String> ids = Set.copyOf(chosen);
		return sweep(rule).flatMap((sweep) -> sweep.matching("chosen after the dry run", (token) -> ids.contains(token.tokenId()))
			.revoke());
	}

	/**
	 * The rule, applied only to tokens this application's principal created: anyone in the
	 * workspace can write a comment that looks like the portal's tag.
	 */
	private Mono<TokenSweep> sweep(ComplianceRule rule) {
		return creators().map((creators) -> sweep()
			.matching("created by this application", (token) -> creators.contains(token.createdById()))
			.matching(rule.describe(), (token) -> rule.violation(token.toPublicTokenInfo()).isPresent()));
	}

	/**
	 * The id of the principal this application creates tokens as: the creator of a token its own
	 * Token API lists (none while it has none), asked once and kept, since it does not change.
	 */
	private Mono<Set<Long>> creators() {
		Long known = this.creator;
		if (known != null) {
			return Mono.just(Set.of(known));
		}
		return this.own.list()
			.next()
			.flatMap((token) -> this.client.get(token.tokenId()))
			.map(TokenInfo::createdById)
			.filter((id) -> id != 0)
			.doOnNext((id) -> this.creator = id)
			.map(Set::of)
			.onErrorResume(NotFoundException.class, (ex) -> Mono.empty()) // revoked in between: nothing is swept this time
			.defaultIfEmpty(Set.of());
	}

	private TokenSweep sweep() {
		return TokenSweep.of(this.client).withClock(this.clock);
	}

}
