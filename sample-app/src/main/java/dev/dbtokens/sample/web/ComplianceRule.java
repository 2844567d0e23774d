package dev.dbtokens.sample.web;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

import dev.dbtokens.client.PublicTokenInfo;
import dev.dbtokens.sample.OwnerTag;

/**
 * Which tokens the compliance sweep revokes. Only tokens the portal created are considered (the
 * application's own credentials never are); of those, one that never expires, one that lives
 * longer than {@code sample.tokens.max-lifetime} (created before the limit was lowered, or not
 * through the portal's rules), one that has expired but is still listed, and one whose owner is no
 * longer a portal user.
 */
final class ComplianceRule {

	private final Duration maxLifetime;

	private final Set<String> users;

	private final Clock clock;

	ComplianceRule(Duration maxLifetime, Set<String> users, Clock clock) {
		this.maxLifetime = maxLifetime;
		this.users = Set.copyOf(users);
		this.clock = clock;
	}

	/**
	 * Says why a token breaks the rule.
	 * @param token the token
	 * @return the reason, or empty when the token complies or the portal did not create it
	 */
	Optional<String> violation(PublicTokenInfo token) {
		Optional<String> owner = OwnerTag.ownerOf(token.comment());
		if (owner.isEmpty()) {
			return Optional.empty();
		}
		if (!this.users.contains(owner.get())) {
			return Optional.of("its owner '" + owner.get() + "' is not a portal user");
		}
		if (token.expiryTime() == null) {
			return Optional.of("never expires");
		}
		if (token.isExpiredAt(this.clock.instant())) {
			return Optional.of("expired but still listed");
		}
		if (token.creationTime() != null
				&& Duration.between(token.creationTime(), token.expiryTime()).compareTo(this.maxLifetime.plusSeconds(1)) > 0) {
			return Optional.of("lives longer than the " + TokenRules.describe(this.maxLifetime) + " allowed");
		}
		return Optional.empty();
	}

	/**
	 * Describes the rule for the admin page.
	 */
	String describe() {
		return "A token the portal created is revoked when it never expires, lives longer than "
				+ TokenRules.describe(this.maxLifetime) + ", has expired but is still listed, or belongs to someone "
				+ "who is no longer a portal user. Other tokens, the application's own among them, are never touched.";
	}

}
