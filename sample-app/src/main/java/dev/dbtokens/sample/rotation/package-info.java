/**
 * The sample rotating the very token it authenticates with.
 */
@NullMarked
package dev.dbtokens.sample.rotation;

import org.jspecify.annotations.NullMarked;
