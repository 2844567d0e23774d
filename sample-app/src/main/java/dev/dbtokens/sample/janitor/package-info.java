/**
 * The scheduled janitor that revokes old tokens carrying a comment prefix.
 */
@NullMarked
package dev.dbtokens.sample.janitor;

import org.jspecify.annotations.NullMarked;
