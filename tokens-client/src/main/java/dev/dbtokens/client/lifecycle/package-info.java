/**
 * Token lifecycle on top of a {@link dev.dbtokens.client.TokensClient}: find tokens by a filter, and
 * revoke many with a report. Rotation is in {@code dev.dbtokens.client.rotation}.
 */
@NullMarked
package dev.dbtokens.client.lifecycle;

import org.jspecify.annotations.NullMarked;
