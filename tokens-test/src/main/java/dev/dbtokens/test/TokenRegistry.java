package dev.dbtokens.test;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

	private final @Nullable Duration maxLifetime;

	private final Map<String, StoredToken> byId = new LinkedHashMap<>();

	private final Map<String, StoredToken> byValue = new HashMap<>();

	private int created;

	TokenRegistry(EmulatorSettings settings) {
		this.clock = settings.clock();
		this.quota = settings.tokenQuota();
		this.maxLifetime = settings.maxLifetime();
	}

	/** Stores a principal's starting token: never expires, not counted as created. */
	synchronized void seed(String principal, String value) {
		if (this.byValue.containsKey(value)) {
			throw new IllegalArgumentException("Another principal was already seeded with the same token.");
		}
		store(new StoredToken(Secrets.tokenId(), value, principal, SEED_COMMENT, this.clock.instant(), null, null));
	}

	synchronized StoredToken create(String principal, @Nullable String comment, @Nullable Long lifetimeSeconds,
			@Nullable List<String> scopes) {
		Instant now = this.clock.instant();
		Instant expiry = expiryFor(now, lifetimeSeconds);
		if (live(principal, now).size() >= this.quota) {
			throw new ApiException(400, "QUOTA_EXCEEDED",
					"Cannot create more than " + this.quota + " tokens for a user; delete some tokens first.");
		}
		StoredToken token = new StoredToken(Secrets.tokenId(), Secrets.patValue(), principal, comment, now, expiry,
				scopes);
		store(token);
		this.created++;
		return token;
	}

	synchronized void delete(String principal, String tokenId) {
		StoredToken token = owned(principal, tokenId);
		this.byId.remove(token.id());
		this.byValue.remove(token.value());
	}

	synchronized StoredToken update(String principal, String tokenId, UnaryOperator<StoredToken> change) {
		StoredToken updated = change.apply(owned(principal, tokenId));
		store(updated);
		return updated;
	}

	synchronized List<StoredToken> live(String principal) {
		return live(principal, this.clock.instant());
	}

	/** The owner of a live token with this value, or {@code null}. */
	synchronized @Nullable String ownerOf(String value) {
		StoredToken token = this.byValue.get(value);
		return (token != null && token.isValidAt(this.clock.instant())) ? token.principal() : null;
	}

	synchronized int createdCount() {
		return this.created;
	}

	synchronized void clear() {
		this.byId.clear();
		this.byValue.clear();
		this.created = 0;
	}

	private @Nullable Instant expiryFor(Instant now, @Nullable Long lifetimeSeconds) {
		if (lifetimeSeconds == null) {
			return (this.maxLifetime != null) ? now.plus(this.maxLifetime) : null;
		}
		if (lifetimeSeconds <= 0) {
			throw ApiException.invalidParameter("lifetime_seconds must be greater than 0, got " + lifetimeSeconds
					+ ".");
		}
		if (this.maxLifetime != null && lifetimeSeconds > this.maxLifetime.toSeconds()) {
			throw ApiException.invalidParameter("lifetime_seconds " + lifetimeSeconds
					+ " exceeds the maximum token lifetime of " + this.maxLifetime.toSeconds() + " seconds.");
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

	private void store(StoredToken token) {
		this.byId.put(token.id(), token);
		this.byValue.put(token.value(), token);
	}

}
