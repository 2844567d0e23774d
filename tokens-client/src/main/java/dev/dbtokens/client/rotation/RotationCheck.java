package dev.dbtokens.client.rotation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import dev.dbtokens.client.CreateTokenRequest;
import dev.dbtokens.client.PublicTokenInfo;
import dev.dbtokens.client.lifecycle.TokenLifecycle;
import dev.dbtokens.client.rotation.RotationFailure.Step;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * One check of a rotation, from what the workspace lists under the comment tag. Of this
 * instance's own tokens ({@link RotationIdentity}):
 * <ol>
 * <li>revoke the tokens whose grace has ended, the expired ones still listed, and leftovers
 * nobody holds the value of (a create whose answer was lost);
 * <li>when the current token is due (or there is none) and at most one token is left, create the
 * next one, hand it over, and start the grace period of the others.
 * </ol>
 * So there are never more than two own tokens, and the current one is only replaced, never
 * revoked. Other instances' tokens are revoked only when orphaned, and only when the check is to
 * revoke orphans at all.
 */
public final class RotationCheck {

	private static final Log logger = LogFactory.getLog(TokenRotation.class);

	private static final Comparator<PublicTokenInfo> OLDEST_FIRST = Comparator.comparing(PublicTokenInfo::creationTime,
			Comparator.nullsFirst(Comparator.naturalOrder()));

	private final TokenLifecycle lifecycle;

	private final RotationPolicy policy;

	private final RotationState state;

	private final RotationHandover handover;

	private final RotationIdentity identity;

	private volatile boolean revokesOrphans = true;

	RotationCheck(TokenLifecycle lifecycle, RotationPolicy policy, RotationIdentity identity, RotationState state,
			RotationHandover handover) {
		this.lifecycle = lifecycle;
		this.policy = policy;
		this.identity = identity;
		this.state = state;
		this.handover = handover;
	}

	void revokeOrphans(boolean revokesOrphans) {
		this.revokesOrphans = revokesOrphans;
	}

	Mono<Void> run() {
		return this.lifecycle.find((info) -> this.identity.isOwn(info) || this.identity.isForeign(info))
			.collectList()
			.onErrorResume(RuntimeException.class, (ex) -> fail(Step.LIST, null, ex).then(Mono.empty()))
			.flatMap(this::reconcile);
	}

	private Mono<Void> reconcile(List<PublicTokenInfo> listed) {
		Instant now = clock().instant();
		List<PublicTokenInfo> found = listed.stream().filter(this.identity::isOwn).toList();
		List<PublicTokenInfo> live = found.stream().filter((info) -> !info.isExpiredAt(now)).sorted(OLDEST_FIRST).toList();
		if (this.state.keepOnly(ids(live))) {
			logger.warn("Token rotation '" + this.policy.name() + "': the current token is gone (revoked elsewhere or expired)");
		}
		RotatedToken current = this.state.current();
		List<PublicTokenInfo> others = live.stream().filter((info) -> !isCurrent(info, current)).toList();
		markLeftovers(others, current, now);
		List<String> due = new ArrayList<>();
		found.stream().filter((info) -> info.isExpiredAt(now)).forEach((info) -> due.add(info.tokenId()));
		if (this.revokesOrphans) {
			listed.stream().filter((info) -> this.identity.isForeignOrphan(info, now)).forEach((info) -> due.add(info.tokenId()));
		}
		others.stream()
			.filter((info) -> this.state.revokeAt(info.tokenId()) != null && !this.state.revokeAt(info.tokenId()).isAfter(now))
			.forEach((info) -> due.add(info.tokenId()));
		return revoke(due).flatMap((removed) -> {
			List<PublicTokenInfo> remaining = others.stream().filter((info) -> !removed.contains(info.tokenId())).toList();
			if (current != null && !isDue(current.info(), now)) {
				return Mono.empty();
			}
			if (remaining.size() + ((current != null) ? 1 : 0) >= 2) {
				logger.debug("Token rotation '" + this.policy.name() + "': waiting for the replaced token to go before creating another");
				return Mono.empty();
			}
			return create(current, remaining);
		});
	}

	/** Tokens with the tag whose value nobody here holds: revoke now, but keep the newest while there is no current token. */
	private void markLeftovers(List<PublicTokenInfo> others, @Nullable RotatedToken current, Instant now) {
		List<PublicTokenInfo> unknown = others.stream().filter((info) -> this.state.revokeAt(info.tokenId()) == null).toList();
		int keep = (current == null && !unknown.isEmpty()) ? 1 : 0;
		for (PublicTokenInfo info : unknown.subList(0, unknown.size() - keep)) {
			this.state.revokeNoLaterThan(info.tokenId(), now);
		}
	}

	/** Revokes the ids and returns those that are gone now; failures are reported and kept. */
	private Mono<Set<String>> revoke(List<String> tokenIds) {
		if (tokenIds.isEmpty()) {
			return Mono.just(Set.of());
		}
		return this.lifecycle.revoke(tokenIds).flatMap((report) -> {
			Set<String> removed = new HashSet<>(report.revoked());
			removed.addAll(report.alreadyGone());
			removed.forEach(this.state::forget);
			return Flux.fromIterable(report.failed().entrySet())
				.concatMap((failure) -> fail(Step.REVOKE, failure.getKey(), failure.getValue()))
				.then(Mono.just(removed));
		});
	}

	private Mono<Void> create(@Nullable RotatedToken current, List<PublicTokenInfo> others) {
		String previous = (current != null) ? current.info().tokenId()
				: others.isEmpty() ? null : others.get(others.size() - 1).tokenId();
		return this.lifecycle.client()
			.create(CreateTokenRequest.of(this.identity.comment(), this.policy.lifetime()))
			.flatMap((created) -> {
				RotatedToken token = new RotatedToken(this.policy.name(), created.tokenInfo(), created.tokenValue(), previous);
				this.state.promote(token);
				return this.handover.rotated(token).then(Mono.fromRunnable(() -> {
					Instant graceEnd = clock().instant().plus(this.policy.grace());
					if (previous != null) {
						this.state.revokeNoLaterThan(previous, graceEnd);
					}
					others.forEach((info) -> this.state.revokeNoLaterThan(info.tokenId(), graceEnd));
				}));
			})
			.then()
			.onErrorResume(RuntimeException.class, (ex) -> fail(Step.CREATE, null, ex));
	}

	/** Due when no more than {@code rotateAt} of the token's own lifetime is left. */
	private boolean isDue(PublicTokenInfo info, Instant now) {
		if (info.expiryTime() == null) {
			return false;
		}
		Duration lifetime = (info.creationTime() != null) ? Duration.between(info.creationTime(), info.expiryTime())
				: this.policy.lifetime();
		return Duration.between(now, info.expiryTime()).compareTo(RotationPolicy.window(lifetime, this.policy.rotateAt())) <= 0;
	}

	private Mono<Void> fail(Step step, @Nullable String tokenId, RuntimeException ex) {
		return this.handover.failed(new RotationFailure(this.policy.name(), step, tokenId, ex));
	}

	private Clock clock() {
		return this.lifecycle.clock();
	}

	private static boolean isCurrent(PublicTokenInfo info, @Nullable RotatedToken current) {
		return current != null && current.info().tokenId().equals(info.tokenId());
	}

	private static Set<String> ids(List<PublicTokenInfo> infos) {
		return infos.stream().map(PublicTokenInfo::tokenId).collect(Collectors.toSet());
	}

}
