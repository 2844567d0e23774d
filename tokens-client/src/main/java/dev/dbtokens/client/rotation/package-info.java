/**
 * Token rotation: a token kept fresh before it expires, handed over to listeners, with the tokens it
 * replaces revoked after a grace period, safe when several replicas rotate in one workspace.
 */
@NullMarked
package dev.dbtokens.client.rotation;

import org.jspecify.annotations.NullMarked;
