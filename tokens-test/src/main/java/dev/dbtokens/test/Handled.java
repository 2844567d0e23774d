package dev.dbtokens.test;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of handling one request: the response and who made it, for the journal.
 */
record Handled(ApiResponse response, @Nullable String principal) {

}
