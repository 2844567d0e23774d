package dev.dbtokens.test;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;

/**
 * The personal access tokens of every principal. A token is live until it is deleted or
 * its expiry time passes on the emulator's clock. All methods are atomic.
 */
final class TokenRegistry {

	private static final String SEED_COMMENT = "Seeded by DatabricksEmulator";

	private final Clock clock;

	private final int quota;

	private final WorkspaceConf conf;

	private final Map<String, StoredToken> byId = new LinkedHashMap<>();

	/** Tokens by the {@link Secrets#fingerprint fingerprint} of their value, never by the value itself. */
	private final Map<String, StoredToken> byValue = new HashMap<>();

	private int created;

	TokenRegistry(EmulatorSettings settings, WorkspaceConf conf) {
		this.clock = settings.clock();
		this.quota = settings.tokenQuota();
		this.conf = conf;
	}

	/** Stores a principal's starting token: never expires, not counted as created. */
	synchronized void seed(String principal, String value) {
		if (this.byValue.containsKey(Secrets.fingerprint(value))) {
			throw new IllegalArgumentException("Another principal was already seeded with the same token.");
		}
		store(new StoredToken(Secrets.tokenId(), value, principal, principal, SEED_COMMENT, this.clock.instant(),
				null, null, null));
	}

	/**
	 * Mints a token owned by {@code owner}; {@code createdBy} differs for an on-behalf-of token.
	 * The lifetime is checked against the workspace's maximum before the quota.
	 */
	synchronized StoredToken create(String owner, String createdBy, @Nullable String comment,
			@Nullable Long lifetimeSeconds, @Nullable List<String> scopes) {
		Instant now = this.clock.instant();
		Instant expiry = expiryFor(now, lifetimeSeconds);
		if (live(owner, now).size() >= this.quota) {
			throw new ApiException(400, "QUOTA_EXCEEDED",
					"Cannot create more than " + this.quota + " tokens for a user; delete some tokens first.");
		}
		StoredToken token = new StoredToken(Secrets.tokenId(), Secrets.patValue(), owner, createdBy, comment, now,
				expiry, scopes, null);
		store(token);
		this.created++;
		return token;
	}

	synchronized void delete(String principal, String tokenId) {
		remove(owned(principal, tokenId));
	}

	/** Deletes any principal's token (Token Management). */
	synchronized void deleteAny(String tokenId) {
		remove(find(tokenId));
	}

	synchronized StoredToken update(String principal, String tokenId, UnaryOperator<StoredToken> change) {
		return store(change.apply(owned(principal, tokenId)));
	}

	/** Updates any principal's token (Token Management). */
	synchronized StoredToken updateAny(String tokenId, UnaryOperator<StoredToken> change) {
		return store(change.apply(find(tokenId)));
	}

	/** A live token of any principal, or {@code RESOURCE_DOES_NOT_EXIST}. */
	synchronized StoredToken find(String tokenId) {
		StoredToken token = this.byId.get(tokenId);
		if (token == null || !token.isValidAt(this.clock.instant())) {
			throw ApiException.notFound("Token with id " + tokenId + " does not exist.");
		}
		return token;
	}

	synchronized List<StoredToken> live(String principal) {
		return live(principal, this.clock.instant());
	}

	/** Every live token of the workspace, in creation order. */
	synchronized List<StoredToken> all() {
		Instant now = this.clock.instant();
		return this.byId.values().stream().filter((token) -> token.isValidAt(now)).toList();
	}

	/** Revokes every token whose owner matches, e.g. owners who lost {@code CAN_USE}. */
	synchronized void revokeOwnedBy(Predicate<String> owner) {
		for (StoredToken token : List.copyOf(this.byId.values())) {
			if (owner.test(token.principal())) {
				remove(token);
			}
		}
	}

	/** The owner of a live token with this value, or {@code null}. */
	synchronized @Nullable String ownerOf(String value) {
		StoredToken token = this.byValue.get(Secrets.fingerprint(value));
		return (token != null && Secrets.matches(token.value(), value) && token.isValidAt(this.clock.instant()))
				? token.principal() : null;
	}

	/** Records that a live token authenticated a request today (by the emulator's clock, in UTC). */
	synchronized void markUsed(String value) {
		StoredToken token = this.byValue.get(Secrets.fingerprint(value));
		if (token != null) {
			store(token.withLastUsedDay(this.clock.instant().truncatedTo(ChronoUnit.DAYS)));
		}
	}

	synchronized int createdCount() {
		return this.created;
	}

	/** Every stored token, expired ones included, in creation order. */
	synchronized List<StoredToken> stored() {
		return List.copyOf(this.byId.values());
	}

	/** Replaces every token and the created count, e.g. with those of a saved state. */
	synchronized void restore(List<StoredToken> tokens, int createdCount) {
		clear();
		tokens.forEach(this::store);
		this.created = createdCount;
	}

	synchronized void clear() {
		this.byId.clear();
		this.byValue.clear();
		this.created = 0;
	}

	private @Nullable Instant expiryFor(Instant now, @Nullable Long lifetimeSeconds) {
		Duration maxLifetime = this.conf.maxLifetime();
		if (lifetimeSeconds == null) {
			return (maxLifetime != null) ? now.plus(maxLifetime) : null;
		}
		if (lifetimeSeconds <= 0) {
			throw ApiException.invalidParameter("lifetime_seconds must be greater than 0, got " + lifetimeSeconds
					+ ".");
		}
		if (maxLifetime != null && lifetimeSeconds > maxLifetime.toSeconds()) {
			throw ApiException.invalidParameter("lifetime_seconds " + lifetimeSeconds
					+ " exceeds the maximum token lifetime of " + maxLifetime.toSeconds() + " seconds ("
					+ WorkspaceConf.MAX_LIFETIME_DAYS + "); ask for less or leave it out to get the maximum.");
		}
		try {
			return now.plusSeconds(lifetimeSeconds);
		}
		catch (DateTimeException | ArithmeticException ex) {
			throw ApiException.invalidParameter("lifetime_seconds " + lifetimeSeconds + " is too large.");
		}
	}

	private List<StoredToken> live(String principal, Instant now) {
		return this.byId.values()
			.stream()
			.filter((token) -> token.principal().equals(principal) && token.isValidAt(now))
			.toList();
	}

	/** A live token of this principal: another principal's token is reported as missing. */
	private StoredToken owned(String principal, String tokenId) {
		StoredToken token = this.byId.get(tokenId);
		if (token == null || !token.principal().equals(principal) || !token.isValidAt(this.clock.instant())) {
			throw ApiException.notFound("Token with id " + tokenId + " does not exist.");
		}
		return token;
	}

	private StoredToken store(StoredToken token) {
		this.byId.put(token.id(), token);
		this.byValue.put(Secrets.fingerprint(token.value()), token);
		return token;
	}

	private void remove(StoredToken token) {
		this.byId.remove(token.id());
		this.byValue.remove(Secrets.fingerprint(token.value()));
	}

}
