package dev.dbtokens.client.rotation;

import dev.dbtokens.client.LogText;
import org.jspecify.annotations.Nullable;

/**
 * A step of a {@link TokenRotation} check that failed; the next check tries it again.
 *
 * @param rotation the name of the rotation
 * @param step what failed
 * @param tokenId the token concerned (for {@link Step#REVOKE}), or {@code null}
 * @param error the exception, usually a {@link dev.dbtokens.client.error.DatabricksApiException}
 */
public record RotationFailure(String rotation, Step step, @Nullable String tokenId, RuntimeException error) {

	/**
	 * Describes the failure by the exception's type and message (messages never carry token values),
	 * escaped by {@link LogText}.
	 * @return a one-line description
	 */
	@Override
	public String toString() {
		return "RotationFailure[rotation=" + LogText.of(this.rotation) + ", step=" + this.step + ", tokenId="
				+ ((this.tokenId != null) ? LogText.of(this.tokenId) : null) + ", error=" + this.error.getClass().getName() + ": "
				+ LogText.bounded(String.valueOf(this.error.getMessage()), 2000) + "]";
	}

	/**
	 * The steps of a check.
	 */
	public enum Step {

		/** Listing the tokens: the whole check is skipped. */
		LIST,

		/** Creating the new token: the current token stays in place. */
		CREATE,

		/** Revoking a replaced or leftover token: it stays until a later check revokes it. */
		REVOKE

	}

}
