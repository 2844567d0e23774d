/**
 * The clients' implementations on {@code WebClient}: the builder, the lazily made {@code WebClient},
 * request isolation, {@code User-Agent}, observations and native-image hints. Internal: for the
 * client's own packages only.
 */
@NullMarked
package dev.dbtokens.client.internal.http;

import org.jspecify.annotations.NullMarked;
