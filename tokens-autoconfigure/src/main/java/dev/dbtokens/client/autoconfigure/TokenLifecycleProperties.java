package dev.dbtokens.client.autoconfigure;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of token rotations ({@code databricks.rotation.<name>.*}) and of bulk revocation
 * ({@code databricks.lifecycle.*}). Bound beside {@link DatabricksProperties}, which ignores these
 * keys.
 */
@ConfigurationProperties("databricks")
public class TokenLifecycleProperties {

	/**
	 * Token rotations by name: each keeps one valid token for a purpose and publishes a
	 * TokenRotatedEvent with every new token.
	 */
	private final Map<String, Rotation> rotation = new LinkedHashMap<>();

	private final Lifecycle lifecycle = new Lifecycle();

	/**
	 * Returns the rotations by name.
	 * @return the rotations, possibly none
	 */
	public Map<String, Rotation> getRotation() {
		return this.rotation;
	}

	/**
	 * Returns the bulk revocation settings.
	 * @return the lifecycle settings
	 */
	public Lifecycle getLifecycle() {
		return this.lifecycle;
	}

	/**
	 * One rotation, under {@code databricks.rotation.<name>}.
	 */
	public static class Rotation {

		/**
		 * Whether this rotation runs.
		 */
		private boolean enabled = true;

		/**
		 * Name of the workspace (databricks.workspaces.<name>) whose tokens are rotated. Defaults to
		 * the top-level workspace.
		 */
		private @Nullable String workspace;

		/**
		 * Lifetime each new token is created with, a whole number of seconds.
		 */
		private Duration lifetime = Duration.ofDays(1);

		/**
		 * Share of its lifetime a token has left when it is replaced, between 0 and 1 (exclusive).
		 */
		private double rotateAt = 0.25;

		/**
		 * Time the replaced token stays valid after the new one was published, before it is revoked.
		 */
		private Duration grace = Duration.ofMinutes(10);

		/**
		 * Exact comment of the rotation's tokens, by which it finds them again after a restart.
		 * Defaults to rotation:<name>.
		 */
		private @Nullable String commentTag;

		/**
		 * Time between two checks of the tokens.
		 */
		private Duration checkInterval = Duration.ofMinutes(1);

		/**
		 * Returns whether this rotation runs.
		 * @return whether the rotation is enabled
		 */
		public boolean isEnabled() {
			return this.enabled;
		}

		/**
		 * Sets whether this rotation runs.
		 * @param enabled whether the rotation is enabled
		 */
		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		/**
		 * Returns the name of the workspace.
		 * @return the workspace name, or {@code null} for the top-level workspace
		 */
		public @Nullable String getWorkspace() {
			return this.workspace;
		}

		/**
		 * Sets the name of the workspace.
		 * @param workspace the workspace name
		 */
		public void setWorkspace(@Nullable String workspace) {
			this.workspace = workspace;
		}

		/**
		 * Returns the lifetime of each token.
		 * @return the lifetime
		 */
		public Duration getLifetime() {
			return this.lifetime;
		}

		/**
		 * Sets the lifetime of each token.
		 * @param lifetime the lifetime
		 */
		public void setLifetime(Duration lifetime) {
			this.lifetime = lifetime;
		}

		/**
		 * Returns the share of the lifetime left at which a token is replaced.
		 * @return the share
		 */
		public double getRotateAt() {
			return this.rotateAt;
		}

		/**
		 * Sets the share of the lifetime left at which a token is replaced.
		 * @param rotateAt the share
		 */
		public void setRotateAt(double rotateAt) {
			this.rotateAt = rotateAt;
		}

		/**
		 * Returns the grace period.
		 * @return the grace period
		 */
		public Duration getGrace() {
			return this.grace;
		}

		/**
		 * Sets the grace period.
		 * @param grace the grace period
		 */
		public void setGrace(Duration grace) {
			this.grace = grace;
		}

		/**
		 * Returns the comment tag.
		 * @return the tag, or {@code null} for {@code rotation:<name>}
		 */
		public @Nullable String getCommentTag() {
			return this.commentTag;
		}

		/**
		 * Sets the comment tag.
		 * @param commentTag the tag
		 */
		public void setCommentTag(@Nullable String commentTag) {
			this.commentTag = commentTag;
		}

		/**
		 * Returns the time between two checks.
		 * @return the check interval
		 */
		public Duration getCheckInterval() {
			return this.checkInterval;
		}

		/**
		 * Sets the time between two checks.
		 * @param checkInterval the check interval
		 */
		public void setCheckInterval(Duration checkInterval) {
			this.checkInterval = checkInterval;
		}

	}

	/**
	 * Bulk revocation, under {@code databricks.lifecycle}.
	 */
	public static class Lifecycle {

		/**
		 * Number of revocations a bulk revocation keeps in flight, from 1 to 16 (the connections of
		 * Reactor Netty's default pool).
		 */
		private int revokeConcurrency = 8;

		/**
		 * Returns the number of revocations in flight.
		 * @return the concurrency
		 */
		public int getRevokeConcurrency() {
			return this.revokeConcurrency;
		}

		/**
		 * Sets the number of revocations in flight.
		 * @param revokeConcurrency the concurrency
		 */
		public void setRevokeConcurrency(int revokeConcurrency) {
			this.revokeConcurrency = revokeConcurrency;
		}

	}

}
