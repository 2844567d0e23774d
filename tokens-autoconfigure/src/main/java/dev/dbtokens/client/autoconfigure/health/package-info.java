/**
 * The {@code databricks} health contributor.
 */
@NullMarked
package dev.dbtokens.client.autoconfigure.health;

import org.jspecify.annotations.NullMarked;
