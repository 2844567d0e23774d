package dev.dbtokens.client.rotation;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What a rotation remembers between checks: the token it handed out last, and when each other
 * token of the rotation is to be revoked. Everything else is read from the workspace at each
 * check, so a restart loses nothing but the current token's value.
 */
public final class RotationState {

	private @Nullable RotatedToken current;

	private final Map<String, Instant> revokeAt = new LinkedHashMap<>();

	synchronized @Nullable RotatedToken current() {
		return this.current;
	}

	/**
	 * Forgets every token that is no longer live.
	 * @return whether the current token was among them
	 */
	synchronized boolean keepOnly(Set<String> liveIds) {
		this.revokeAt.keySet().retainAll(liveIds);
		if (this.current != null && !liveIds.contains(this.current.info().tokenId())) {
			this.current = null;
			return true;
		}
		return false;
	}

	synchronized @Nullable Instant revokeAt(String tokenId) {
		return this.revokeAt.get(tokenId);
	}

	/** Sets when a token is revoked, unless an earlier time is already set. */
	synchronized void revokeNoLaterThan(String tokenId, Instant at) {
		this.revokeAt.merge(tokenId, at, (earlier, later) -> earlier.isBefore(later) ? earlier : later);
	}

	synchronized void forget(String tokenId) {
		this.revokeAt.remove(tokenId);
	}

	synchronized void promote(RotatedToken token) {
		this.current = token;
		this.revokeAt.remove(token.info().tokenId());
	}

}
