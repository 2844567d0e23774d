package dev.dbtokens.client.rotation;

import dev.dbtokens.client.PublicTokenInfo;
import org.jspecify.annotations.Nullable;

/**
 * A token a {@link TokenRotation} created and hands to the application. {@link #toString()}
 * never shows the value.
 *
 * @param rotation the name of the rotation
 * @param info the token's public information (id, comment, times)
 * @param value the secret value to authenticate with; Databricks shows it only once
 * @param previousTokenId the id of the token this one replaces, revoked after the grace period,
 * or {@code null} when there was none
 */
public record RotatedToken(String rotation, PublicTokenInfo info, String value, @Nullable String previousTokenId) {

	/**
	 * Describes the token without its value.
	 * @return the rotation, the ids and the expiry, with the value masked
	 */
	@Override
	public String toString() {
		return "RotatedToken[rotation=" + this.rotation + ", tokenId=" + this.info.tokenId() + ", expiryTime="
				+ this.info.expiryTime() + ", value=<redacted>, previousTokenId=" + this.previousTokenId + "]";
	}

}
