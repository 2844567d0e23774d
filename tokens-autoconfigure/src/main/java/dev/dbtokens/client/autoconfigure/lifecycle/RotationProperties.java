package dev.dbtokens.client.autoconfigure.lifecycle;

import java.time.Duration;

import dev.dbtokens.client.rotation.RotationPolicy;
import org.jspecify.annotations.Nullable;

/**
 * One token rotation, under {@code databricks.rotation.<name>}: it keeps one valid token for a
 * purpose and publishes a TokenRotatedEvent with every new token.
 */
public class RotationProperties {

	/**
	 * Whether this rotation runs.
	 */
	private boolean enabled = true;

	/**
	 * Name of the workspace (databricks.workspaces.<name>) whose tokens are rotated. Defaults to the
	 * top-level workspace.
	 */
	private @Nullable String workspace;

	/**
	 * Lifetime each new token is created with, a whole number of seconds.
	 */
	private Duration lifetime = Duration.ofDays(1);

	/**
	 * Share of its lifetime a token has left when it is replaced, between 0 and 1 (exclusive).
	 */
	private double rotateAt = RotationPolicy.DEFAULT_ROTATE_AT;

	/**
	 * Time the replaced token stays valid after the new one was published, before it is revoked.
	 */
	private Duration grace = RotationPolicy.DEFAULT_GRACE;

	/**
	 * Comment of the rotation's tokens; each running instance appends @<instance id> and keeps only
	 * its own tokens. Defaults to rotation:<name>.
	 */
	private @Nullable String commentTag;

	/**
	 * Time between two checks of the tokens.
	 */
	private Duration checkInterval = RotationPolicy.DEFAULT_CHECK_INTERVAL;

	/**
	 * Whether this instance revokes its own tokens of the rotation when the application shuts
	 * down, so that they do not outlive it until they expire. Turn it off when something outside
	 * the application keeps using a token it published.
	 */
	private boolean revokeOnStop = true;

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public @Nullable String getWorkspace() {
		return this.workspace;
	}

	public void setWorkspace(@Nullable String workspace) {
		this.workspace = workspace;
	}

	public Duration getLifetime() {
		return this.lifetime;
	}

	public void setLifetime(Duration lifetime) {
		this.lifetime = lifetime;
	}

	public double getRotateAt() {
		return this.rotateAt;
	}

	public void setRotateAt(double rotateAt) {
		this.rotateAt = rotateAt;
	}

	public Duration getGrace() {
		return this.grace;
	}

	public void setGrace(Duration grace) {
		this.grace = grace;
	}

	public @Nullable String getCommentTag() {
		return this.commentTag;
	}

	public void setCommentTag(@Nullable String commentTag) {
		this.commentTag = commentTag;
	}

	public Duration getCheckInterval() {
		return this.checkInterval;
	}

	public void setCheckInterval(Duration checkInterval) {
		this.checkInterval = checkInterval;
	}

	public boolean isRevokeOnStop() {
		return this.revokeOnStop;
	}

	public void setRevokeOnStop(boolean revokeOnStop) {
		this.revokeOnStop = revokeOnStop;
	}

}
