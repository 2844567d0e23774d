package dev.dbtokens.client.autoconfigure;

import java.time.Duration;

import dev.dbtokens.client.lifecycle.RotationPolicy;
import dev.dbtokens.client.lifecycle.TokenLifecycle;

/**
 * Turns {@code databricks.rotation.<name>.*} into a {@link RotationPolicy}, explaining each bad
 * value by its property. The checks are those of {@code RotationPolicy}, said in properties.
 */
final class RotationPolicies {

	static final int MAX_REVOKE_CONCURRENCY = 16;

	private RotationPolicies() {
	}

	static RotationPolicy from(String name, RotationProperties rotation) {
		String prefix = "databricks.rotation." + name + ".";
		Duration lifetime = rotation.getLifetime();
		if (lifetime == null || lifetime.getSeconds() < 1 || lifetime.getNano() != 0) {
			throw new InvalidDatabricksPropertyException(prefix + "lifetime",
					"it must be a whole number of seconds, at least one, was " + lifetime,
					"Set " + prefix + "lifetime to a duration such as 1d or 12h.");
		}
		double rotateAt = rotation.getRotateAt();
		if (!(rotateAt > 0 && rotateAt < 1)) {
			throw new InvalidDatabricksPropertyException(prefix + "rotate-at", "it must be between 0 and 1, was " + rotateAt,
					"Set " + prefix + "rotate-at to the share of its lifetime a token has left when it is replaced, "
							+ "e.g. 0.25.");
		}
		Duration window = Duration.ofMillis((long) (lifetime.toMillis() * rotateAt));
		Duration grace = rotation.getGrace();
		if (grace == null || grace.isNegative() || grace.compareTo(window) >= 0) {
			throw new InvalidDatabricksPropertyException(prefix + "grace",
					"it must be zero or more and shorter than lifetime × rotate-at (" + window + "), was " + grace,
					"Set " + prefix + "grace below " + window + " (the replaced token expires then anyway), or raise "
							+ prefix + "rotate-at.");
		}
		Duration interval = rotation.getCheckInterval();
		if (interval == null || interval.isNegative() || interval.isZero() || interval.compareTo(window) >= 0) {
			throw new InvalidDatabricksPropertyException(prefix + "check-interval",
					"it must be positive and shorter than lifetime × rotate-at (" + window + "), was " + interval,
					"Set " + prefix + "check-interval well below " + window
							+ " (e.g. 1m), so that a failed create is retried before the token expires.");
		}
		String tag = rotation.getCommentTag();
		if (tag != null && tag.isBlank()) {
			throw new InvalidDatabricksPropertyException(prefix + "comment-tag", "it is blank",
					"Set " + prefix + "comment-tag to a comment no other token carries, or remove it to use rotation:" + name
							+ ".");
		}
		RotationPolicy.Builder builder = RotationPolicy.builder(name, lifetime)
			.rotateAt(rotateAt)
			.grace(grace)
			.checkInterval(interval);
		return ((tag != null) ? builder.commentTag(tag) : builder).build();
	}

	static int revokeConcurrency(DatabricksLifecycleProperties lifecycle) {
		int concurrency = lifecycle.getRevokeConcurrency();
		if (concurrency < 1 || concurrency > MAX_REVOKE_CONCURRENCY) {
			throw new InvalidDatabricksPropertyException("databricks.lifecycle.revoke-concurrency",
					"it must be between 1 and " + MAX_REVOKE_CONCURRENCY + ", was " + concurrency,
					"Set databricks.lifecycle.revoke-concurrency to at most " + MAX_REVOKE_CONCURRENCY
							+ " (more would only wait for a pooled connection), or remove it to use "
							+ TokenLifecycle.DEFAULT_CONCURRENCY + ".");
		}
		return concurrency;
	}

}
