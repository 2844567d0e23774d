/**
 * Token lifecycle on top of a {@link dev.dbtokens.client.TokensClient}: find tokens, revoke many
 * with a report, and rotate a token before it expires.
 */
@NullMarked
package dev.dbtokens.client.lifecycle;

import org.jspecify.annotations.NullMarked;
