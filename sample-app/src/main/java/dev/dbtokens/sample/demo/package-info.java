/**
 * The start-up walk-through: create a 5-minute token, list, revoke, list again.
 */
@NullMarked
package dev.dbtokens.sample.demo;

import org.jspecify.annotations.NullMarked;
