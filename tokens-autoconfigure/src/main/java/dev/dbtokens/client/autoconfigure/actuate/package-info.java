/**
 * Actuator support: masking the starter's secrets in the {@code env} and {@code configprops} endpoints.
 */
@NullMarked
package dev.dbtokens.client.autoconfigure.actuate;

import org.jspecify.annotations.NullMarked;
