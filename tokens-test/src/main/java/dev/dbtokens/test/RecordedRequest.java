package dev.dbtokens.test;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One request the emulator received, as recorded in its journal. Holds no header values,
 * bodies or token values.
 *
 * @param operation the operation, or {@code null} for a path the emulator does not serve
 * @param method the HTTP method
 * @param path the request path, without the query string
 * @param status the status the emulator produced, or {@code 0} when the connection was
 * reset before the request was handled
 * @param principal the authenticated principal's name, or {@code null} when the request was
 * not authenticated
 * @param time when the request was handled, by the emulator's clock
 * @param connectionReset whether the connection was dropped instead of answered (an
 * injected fault); when {@code status} is not {@code 0} the operation did take effect
 */
public record RecordedRequest(@Nullable Operation operation, String method, String path, int status,
		@Nullable String principal, Instant time, boolean connectionReset) {

}
