/**
 * How one call runs: its retry rules and backoff, the deadline, the rate limit, the argument checks,
 * and the attempts summarised in its failure. Internal: for the client's own packages only.
 */
@NullMarked
package dev.dbtokens.client.internal.call;

import org.jspecify.annotations.NullMarked;
