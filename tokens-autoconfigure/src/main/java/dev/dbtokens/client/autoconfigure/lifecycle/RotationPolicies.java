package dev.dbtokens.client.autoconfigure.lifecycle;

import java.util.Map;

import dev.dbtokens.client.autoconfigure.diagnostics.InvalidDatabricksPropertyException;
import dev.dbtokens.client.autoconfigure.diagnostics.PropertyValues;
import dev.dbtokens.client.lifecycle.TokenLifecycle;
import dev.dbtokens.client.rotation.RotationPolicy;


/**
 * Turns {@code databricks.rotation.<name>.*} into a {@link RotationPolicy} and
 * {@code databricks.lifecycle.*} into a {@link TokenLifecycle}'s settings. The rules are those of
 * the client types; a refused value fails naming its property.
 */
public final class RotationPolicies {

	private RotationPolicies() {
	}

	static RotationPolicy from(String name, RotationProperties rotation) {
		String prefix = "databricks.rotation." + name;
		String asSaid = " as the problem says, or remove it to use the default (";
		Map<String, String> actions = Map.of(
				"lifetime", "Set " + prefix + ".lifetime as the problem says, e.g. 1d or 12h.",
				"rotate-at", "Correct " + prefix + ".rotate-at" + asSaid + RotationPolicy.DEFAULT_ROTATE_AT + ").",
				"grace", "Correct " + prefix + ".grace" + asSaid + PropertyValues.duration(RotationPolicy.DEFAULT_GRACE) + "), or raise " + prefix
						+ ".rotate-at.",
				"check-interval", "Correct " + prefix + ".check-interval" + asSaid + PropertyValues.duration(RotationPolicy.DEFAULT_CHECK_INTERVAL) + ").",
				"comment-tag", "Set " + prefix + ".comment-tag to a comment no other token carries, or remove it to use "
						+ "rotation:" + name + ".");
		return InvalidDatabricksPropertyException.whenRefused(prefix, actions, () -> {
			RotationPolicy.Builder builder = RotationPolicy.builder(name, rotation.getLifetime())
				.rotateAt(rotation.getRotateAt())
				.grace(rotation.getGrace())
				.checkInterval(rotation.getCheckInterval());
			return ((rotation.getCommentTag() != null) ? builder.commentTag(rotation.getCommentTag()) : builder).build();
		});
	}

	/**
	 * Sets the bulk revoke's concurrency: at least 1 (the lifecycle's rule) and at most the client's
	 * pool of {@code databricks.http.max-connections}, beyond which revocations only wait for a
	 * connection.
	 */
	static TokenLifecycle configure(TokenLifecycle lifecycle, DatabricksLifecycleProperties properties, int maxConnections) {
		int concurrency = properties.getRevokeConcurrency();
		if (concurrency > maxConnections) {
			throw new InvalidDatabricksPropertyException("databricks.lifecycle.revoke-concurrency", "it must not exceed "
					+ "databricks.http.max-connections (" + maxConnections + "), was " + concurrency, "Set "
					+ "databricks.lifecycle.revoke-concurrency to at most " + maxConnections
					+ ", or raise databricks.http.max-connections: more revocations at once would only wait for a connection.");
		}
		return InvalidDatabricksPropertyException.whenRefused("databricks.lifecycle",
				Map.of("revoke-concurrency", "Correct databricks.lifecycle.revoke-concurrency as the problem says, or remove it "
						+ "to use the default (" + TokenLifecycle.DEFAULT_CONCURRENCY + ")."),
				() -> lifecycle.withConcurrency(concurrency));
	}

}
