/**
 * The client's machinery, public only for Java's sake: nothing outside this module may use it
 * (an ArchUnit rule in the build says so), and it changes without notice. Use the API of
 * {@code dev.dbtokens.client} instead.
 */
@NullMarked
package dev.dbtokens.client.internal;

import org.jspecify.annotations.NullMarked;
