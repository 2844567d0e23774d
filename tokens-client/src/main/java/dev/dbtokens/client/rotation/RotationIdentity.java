package dev.dbtokens.client.rotation;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import dev.dbtokens.client.PublicTokenInfo;
import org.jspecify.annotations.Nullable;

/**
 * Which tokens of a rotation belong to which running instance. Each {@link TokenRotation} has an
 * instance id of its own, random per instance, and comments its tokens
 * {@code <commentTag>@<instance id>}: it reads and revokes only those. Tokens of the rotation with
 * another instance id (or the bare tag of older versions) belong to another replica, live or gone,
 * and may be revoked only when they are orphaned beyond doubt: expired, or, for a token that never
 * expires (which no rotation creates), older than the rotation's lifetime.
 */
public final class RotationIdentity {

	static final char SEPARATOR = '@';

	private static final SecureRandom random = new SecureRandom();

	private final RotationPolicy policy;

	private final String instanceId;

	private RotationIdentity(RotationPolicy policy, String instanceId) {
		this.policy = policy;
		this.instanceId = instanceId;
	}

	static RotationIdentity random(RotationPolicy policy) {
		byte[] bytes = new byte[6];
		random.nextBytes(bytes);
		return new RotationIdentity(policy, HexFormat.of().formatHex(bytes));
	}

	String instanceId() {
		return this.instanceId;
	}

	/** The comment of this instance's tokens. */
	String comment() {
		return this.policy.commentTag() + SEPARATOR + this.instanceId;
	}

	boolean isOwn(PublicTokenInfo info) {
		return comment().equals(info.comment());
	}

	/** Whether a token belongs to another instance of the rotation (or to one of an older version, by the bare tag). */
	boolean isForeign(PublicTokenInfo info) {
		String comment = info.comment();
		return comment != null && !isOwn(info)
				&& (comment.equals(this.policy.commentTag()) || comment.startsWith(this.policy.commentTag() + SEPARATOR));
	}

	/** Whether a token is another instance's and no instance can be using it any more. */
	boolean isForeignOrphan(PublicTokenInfo info, Instant now) {
		return isForeign(info) && isOrphaned(info, now);
	}

	private boolean isOrphaned(PublicTokenInfo info, Instant now) {
		if (info.expiryTime() != null) {
			return info.isExpiredAt(now);
		}
		@Nullable Instant created = info.creationTime();
		return created != null && Duration.between(created, now).compareTo(this.policy.lifetime()) >= 0;
	}

}
