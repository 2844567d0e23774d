/**
 * What crosses the wire: the request bodies ({@code *RequestBody}) and answers ({@code *Answer}) as
 * Databricks spells them, reading an answer, mapping an error answer to a typed exception, the wire
 * log and the redaction of secrets. Internal: for the client's own packages only.
 */
@NullMarked
package dev.dbtokens.client.internal.wire;

import org.jspecify.annotations.NullMarked;
